using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Fokus.Web.Tests;

/// <summary>The real app on a real database: a temp SQLite file, or a fresh database on the throwaway PostgreSQL of test.sh.</summary>
public sealed class FokusApp : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "FOKUS_TEST_POSTGRES";
    private readonly string provider;
    private readonly string connectionString;
    private readonly bool seedDemo;
    private readonly Action? dropDatabase;
    private readonly IReadOnlyDictionary<string, string?> settings;

    private FokusApp(string provider, string connectionString, bool seedDemo, Action? drop, IReadOnlyDictionary<string, string?>? settings)
    {
        (this.provider, this.connectionString, this.seedDemo, dropDatabase) = (provider, connectionString, seedDemo, drop);
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    public string Provider => provider;

    public string ConnectionString => connectionString;

    /// <summary>settings override configuration keys, e.g. "Fokus:RateLimits:SignInPerMinute".</summary>
    public static FokusApp Create(string provider, bool seedDemo = false, IReadOnlyDictionary<string, string?>? settings = null) => provider switch
    {
        "sqlite" => CreateSqlite(seedDemo, settings),
        "postgres" => CreatePostgres(seedDemo, settings),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static FokusApp CreateSqlite(bool seedDemo, IReadOnlyDictionary<string, string?>? settings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fokus-test-{Guid.NewGuid():N}.db");
        return new FokusApp("sqlite", $"Data Source={file}", seedDemo, () => DeleteSqlite(file), settings);
    }

    private static void DeleteSqlite(string file)
    {
        // Pooled connections keep the file open; they must go first.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }

    private static FokusApp CreatePostgres(bool seedDemo, IReadOnlyDictionary<string, string?>? settings)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        var name = $"fokus_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new FokusApp("postgres", builder.ConnectionString, seedDemo, () => DropPostgres(server, name), settings);
    }

    private static void DropPostgres(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Fokus:Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Fokus", connectionString);
        builder.UseSetting("Fokus:Demo:Seed", seedDemo ? "true" : "false");
        builder.UseSetting("Fokus:Demo:Language", "sv");
        // The suite signs up hundreds of organisations from one client address.
        builder.UseSetting("Fokus:RateLimits:SignInPerMinute", "1000000");
        builder.UseSetting("Fokus:RateLimits:SignUpPerHour", "1000000");
        // Tests drive the reminder cycle themselves (ReminderRun.RunOnceAsync), with their own "now".
        builder.UseSetting("Fokus:Reminders:Enabled", "false");
        // Backup tests run the schedule themselves (BackupSchedule.RunOnceAsync); no test app writes backups on its own.
        builder.UseSetting("Fokus:Backup:IntervalHours", "0");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) dropDatabase?.Invoke();
    }
}

/// <summary>One app per provider for the whole run; every test makes its own organisation, so none shares data.</summary>
public sealed class Apps : IDisposable
{
    private readonly Lazy<FokusApp> sqlite = new(() => FokusApp.Create("sqlite"));
    private readonly Lazy<FokusApp> postgres = new(() => FokusApp.Create("postgres"));

    public FokusApp Get(string provider) => provider == "postgres" ? postgres.Value : sqlite.Value;

    public void Dispose()
    {
        if (sqlite.IsValueCreated) sqlite.Value.Dispose();
        if (postgres.IsValueCreated) postgres.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AppsCollection : ICollectionFixture<Apps>
{
    public const string Name = "apps";
}

public static class Providers
{
    public static TheoryData<string> All => new() { "sqlite", "postgres" };
}
