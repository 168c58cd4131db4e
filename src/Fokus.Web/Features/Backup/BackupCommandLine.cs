using System.Globalization;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Backup;

/// <summary>
/// <c>Fokus.Web backup --out FILE [--organisation ID|NAME]</c> and <c>Fokus.Web restore --in FILE</c>, with the server's own
/// configuration (appsettings.json, appsettings.{Environment}.json, environment variables). Migrates, never seeds the demo.
/// </summary>
internal static class BackupCommandLine
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null, CancellationToken ct = default)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        var options = Options(args[1..]);
        if (options is null || (args[0] == "backup" ? !options.ContainsKey("--out") : !options.ContainsKey("--in")))
        {
            await errors.WriteLineAsync("Usage: Fokus.Web backup --out FILE [--organisation ID|NAME]\n       Fokus.Web restore --in FILE");
            return 2;
        }
        var settings = DatabaseSetup.Read(Configuration());
        if (settings.Problem is { } problem)
        {
            await errors.WriteLineAsync($"Cannot use the database: {problem}");
            return 1;
        }
        try
        {
            var builder = new DbContextOptionsBuilder<FokusDbContext>();
            DatabaseSetup.Configure(builder, settings);
            // The operator's tool: it backs up or restores any organisation named on the command line.
            await using var db = new FokusDbContext(builder.Options).AcrossOrganisations();
            await db.Database.MigrateAsync(ct);
            if (settings.IsSqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await output.WriteLineAsync($"Database: {settings.Describe()}");
            return args[0] == "backup"
                ? await BackupAsync(db, options["--out"], options.GetValueOrDefault("--organisation"), output, errors, ct)
                : await RestoreAsync(db, options["--in"], output, errors, ct);
        }
        catch (RestoreRefusedException refused)
        {
            await errors.WriteLineAsync($"Restore refused: {refused.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await errors.WriteLineAsync($"{args[0]} failed: {e.GetBaseException().Message}");
            return 1;
        }
    }

    private static async Task<int> BackupAsync(FokusDbContext db, string file, string? wanted, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var chosen = organisations.Where(o => wanted is null || o.Id.ToString() == wanted.Trim().ToLowerInvariant()
            || string.Equals(o.Name, wanted.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count != 1)
        {
            await errors.WriteLineAsync(chosen.Count == 0 && organisations.Count > 0 || wanted is null && organisations.Count > 1
                ? "Name the organisation with --organisation ID|NAME; the database holds:"
                : "The database holds no organisation to back up.");
            foreach (var o in organisations) await errors.WriteLineAsync($"  {o.Id}  {o.Name}");
            return 1;
        }
        var partial = Path.GetFullPath(file) + ".partial";
        BackupSummary? summary;
        await using (var stream = File.Create(partial))
            summary = await BackupWriter.WriteAsync(db, chosen[0].Id, stream, TimeProvider.System.GetUtcNow(), ct);
        File.Move(partial, Path.GetFullPath(file), overwrite: true);
        await PrintAsync(output, summary!.Tables);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up \"{summary.OrganisationName}\" ({summary.OrganisationId}): {summary.Tables.Count} tables, {summary.Rows:N0} rows, {new FileInfo(file).Length:N0} bytes in {summary.Elapsed.TotalSeconds:F1} s to {Path.GetFullPath(file)}"));
        foreach (var s in summary.SecretsLeftOut) await output.WriteLineAsync($"Left out (secret): {s.Table}.{s.Column} of {s.Key}");
        return 0;
    }

    private static async Task<int> RestoreAsync(FokusDbContext db, string file, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            await errors.WriteLineAsync($"No such file: {file}");
            return 1;
        }
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var result = await BackupRestorer.RestoreAsync(db, stream, ct);
        await PrintAsync(output, result.Tables);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Restored \"{result.OrganisationName}\" ({result.OrganisationId}): {result.Tables.Count} tables, {result.Rows:N0} rows in {result.Elapsed.TotalSeconds:F1} s"));
        foreach (var s in result.SecretsToReenter)
            await output.WriteLineAsync($"Enter again (left out of the backup as a secret): {s.Table}.{s.Column} of {s.Key}");
        return 0;
    }

    private static async Task PrintAsync(TextWriter output, IEnumerable<TableCount> tables)
    {
        foreach (var t in tables) await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {t.Table,-28} {t.Rows,12:N0}"));
    }

    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--out" or "--in" or "--organisation") || i + 1 >= args.Length) return null;
            options[args[i]] = args[i + 1];
        }
        return options;
    }

    // The server's configuration sources, from the same folder as the server's, without starting a host.
    private static IConfiguration Configuration()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(HostFolders.ContentRoot([]))
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
