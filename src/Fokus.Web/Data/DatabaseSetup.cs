using Fokus.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fokus.Web.Data;

/// <summary>Which database Fokus runs on; read once from configuration.</summary>
internal sealed record DatabaseSettings(string Provider, string ConnectionString, string? Problem = null)
{
    public bool IsSqlite => Provider == "sqlite";

    /// <summary>Where the database is, without credentials, for log lines.</summary>
    public string Describe() => IsSqlite
        ? $"SQLite at {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : DescribePostgres();

    private string DescribePostgres()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL at {b.Host}:{b.Port}/{b.Database}";
    }
}

internal static class DatabaseSetup
{
    public static IServiceCollection AddFokusDatabase(this IServiceCollection services, IConfiguration config)
    {
        var settings = Read(config);
        services.AddSingleton(settings);
        services.AddSingleton<ReadModelCache>();
        services.AddSingleton<LiveUpdates>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<ReadModelInvalidation>();
        services.AddDbContextFactory<FokusDbContext>((sp, o) =>
        {
            Configure(o, settings);
            o.AddInterceptors(sp.GetRequiredService<ReadModelInvalidation>());
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder o, DatabaseSettings settings)
    {
        if (settings.IsSqlite)
            o.UseSqlite(settings.ConnectionString, s => s.MigrationsAssembly("Fokus.Migrations.Sqlite"))
             .AddInterceptors(SqlitePragmas.Instance);
        else
            o.UseNpgsql(settings.ConnectionString, s => s.MigrationsAssembly("Fokus.Migrations.Postgres"));
    }

    internal static DatabaseSettings Read(IConfiguration config)
    {
        var provider = (config["Fokus:Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        // A bad setting is reported by the start-up check as one log line, not a stack trace.
        if (provider is not ("sqlite" or "postgres"))
            return new DatabaseSettings("sqlite", "Data Source=:memory:", $"Fokus:Database:Provider must be 'sqlite' or 'postgres', not '{provider}'.");
        var connection = config.GetConnectionString("Fokus");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == "postgres")
                return new DatabaseSettings(provider, "Host=localhost", "ConnectionStrings:Fokus is required when Fokus:Database:Provider is 'postgres'.");
            var folder = Path.Combine(Directory.GetCurrentDirectory(), "data");
            Directory.CreateDirectory(folder);
            connection = $"Data Source={Path.Combine(folder, "fokus.db")}";
        }
        return new DatabaseSettings(provider, connection);
    }
}
