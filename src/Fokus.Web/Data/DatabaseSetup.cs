using Fokus.Data;
using Fokus.Web.Infrastructure;
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
        services.AddSingleton<OrganisationChanges>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<ReadModelInvalidation>();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
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
            o.UseNpgsql(settings.ConnectionString, s => s.MigrationsAssembly("Fokus.Migrations.Postgres")
                // A restart or a dropped connection is retried for about ten seconds (0 + 1 + 3 + 3 + 3 s); after
                // that the request answers 503 (DatabaseUnavailableHandler). SQLite waits on busy_timeout instead.
                .EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorCodesToAdd: null));
    }

    public const int MaxRetries = 5;
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(3);

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
            connection = $"Data Source={Path.Combine(HostFolders.DataDirectory(config), "fokus.db")}";
        }
        return new DatabaseSettings(provider, connection);
    }
}
