using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Bench.Generate;

/// <summary>Creates the context for a provider and tunes the connection for one big bulk load.</summary>
internal static class BenchDatabase
{
    private const int CommandTimeoutSeconds = 600;

    public static FokusDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<FokusDbContext>();
        if (provider == DatabaseProvider.Sqlite)
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly("Fokus.Migrations.Sqlite").CommandTimeout(CommandTimeoutSeconds));
        else
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly("Fokus.Migrations.Postgres").CommandTimeout(CommandTimeoutSeconds));
        // The generator writes a whole organisation and reads across them for its checks.
        var db = new FokusDbContext(builder.Options).AcrossOrganisations();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // The load runs in one transaction; a savepoint per SaveChanges would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }

    /// <summary>Keeps one connection open for the whole load so per-connection settings stick.</summary>
    public static async Task PrepareForLoadAsync(FokusDbContext db, DatabaseProvider provider, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (provider == DatabaseProvider.Sqlite)
        {
            // WAL persists in the file (the server benefits too); the others last only for this connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store=MEMORY;", ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("SET synchronous_commit = off;", ct);
        }
    }

    /// <summary>Fresh planner statistics, so the first benchmark run doesn't measure a cold, unanalysed database.</summary>
    public static async Task AfterLoadAsync(FokusDbContext db, DatabaseProvider provider, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        if (provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
    }
}
