using Fokus.Data;
using Fokus.Web.Features.Demo;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Data;

internal static class DatabaseStartup
{
    /// <summary>Migrates (and seeds the demo when asked). False, with one clear log line, when the database cannot be used.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fokus.Database");
        if (settings.Problem is { } problem)
        {
            log.LogCritical("Cannot use the database: {Reason}", problem);
            return false;
        }
        try
        {
            var dbs = app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>();
            // Migrations and the start-up checks concern the whole database.
            await using (var db = await dbs.OpenAcrossOrganisationsAsync(ct))
            {
                await db.Database.MigrateAsync(ct);
                if (settings.IsSqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
            log.LogInformation("Database ready: {Database}", Describe(settings));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogCritical("Cannot use the database ({Database}): {Reason}", Describe(settings), ex.GetBaseException().Message);
            return false;
        }

        var config = app.Configuration;
        if (!config.GetValue("Fokus:Demo:Seed", true)) return true;
        try
        {
            var language = config["Fokus:Demo:Language"] == "en" ? "en" : "sv";
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(language, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Two nodes starting on one empty database race to seed; the loser finds the winner's demo.
            if (await AnyOrganisationAsync(app, ct))
            {
                log.LogInformation("Another node seeded the demo organisation first.");
                return true;
            }
            log.LogCritical("Cannot seed the demo organisation: {Reason}", ex.GetBaseException().Message);
            return false;
        }
    }

    private static async Task<bool> AnyOrganisationAsync(WebApplication app, CancellationToken ct)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().OpenAcrossOrganisationsAsync(ct);
        return await db.Organisations.AnyAsync(ct);
    }

    private static string Describe(DatabaseSettings settings)
    {
        try { return settings.Describe(); }
        catch (ArgumentException) { return $"{settings.Provider}, unreadable connection string"; }
    }
}
