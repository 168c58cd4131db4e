using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Bench.Generate;

internal static class GenerateCommand
{
    public static async Task<int> RunAsync(GenerateOptions options, CancellationToken ct)
    {
        try
        {
            return await GenerateAsync(options, ct);
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            Console.Error.WriteLine($"The {options.Provider} database failed: {e.Message}" +
                (e.InnerException is { } inner ? $" ({inner.Message})" : ""));
            return 1;
        }
    }

    private static async Task<int> GenerateAsync(GenerateOptions options, CancellationToken ct)
    {
        var size = options.Size;
        Console.WriteLine($"Generating \"{OrganisationGenerator.OrganisationName}\" on {options.Provider}: {size.People:N0} people, " +
            $"{size.Teams:N0} teams, {size.Objectives:N0} objectives, {size.KeyResults:N0} key results, {size.CheckIns:N0} check-ins.");
        await using var db = BenchDatabase.Create(options.Provider, options.ConnectionString);

        var migrating = Stopwatch.StartNew();
        await db.Database.MigrateAsync(ct);
        Console.WriteLine($"Migrated in {migrating.Elapsed.TotalSeconds:F1} s.");

        if (await db.Organisations.AnyAsync(o => o.Name == OrganisationGenerator.OrganisationName, ct))
        {
            Console.Error.WriteLine($"The database already holds an organisation named \"{OrganisationGenerator.OrganisationName}\"; " +
                "refusing to add a second one. Generate into a fresh database.");
            return 1;
        }

        var report = new LoadReport();
        await BenchDatabase.PrepareForLoadAsync(db, options.Provider, ct);
        // One transaction for everything: a failed run leaves no half-built organisation behind.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await new OrganisationGenerator(db, options, report).GenerateAsync(TimeProvider.System.GetUtcNow(), ct);
            var committing = report.Start("commit", 0);
            await transaction.CommitAsync(ct);
            committing.Finish();
        }

        var analysing = report.Start("analyze", 0);
        await BenchDatabase.AfterLoadAsync(db, options.Provider, ct);
        analysing.Finish();
        report.PrintSummary();
        Console.WriteLine($"Sign in as {PeopleFactory.AdminEmail} / {PeopleFactory.Password}.");
        return 0;
    }
}
