
namespace Fokus.Web.Tests;

/// <summary>The command line of the built app: backup from the demo on SQLite, restore into PostgreSQL, refuse a second restore.</summary>
public sealed class BackupCliTests
{
    [Fact]
    public async Task BackupAndRestore_ThroughTheAppsEntryPoint_MoveTheDemoFromSqliteToPostgres()
    {
        using var source = FokusApp.Create("sqlite", seedDemo: true);
        var sourceAdmin = await TestOrg.LoginAsync(source, "admin@fokus.example", "fokus-demo");
        var file = Path.Combine(Path.GetTempPath(), $"fokus-cli-{Guid.NewGuid():N}.fokus-backup.json.gz");
        using var target = FokusApp.Create("postgres");
        try
        {
            var backup = await BackupTestKit.RunCliAsync("sqlite", source.ConnectionString, "backup", "--out", file);
            Assert.True(backup.ExitCode == 0, backup.Output);
            Assert.Contains("Backed up", backup.Output);
            Assert.Matches(@"CheckIns\s+[1-9]", backup.Output);
            Assert.True(new FileInfo(file).Length > 1000);

            // The target database is created but never started: the CLI migrates it and must not seed the demo.
            var restore = await BackupTestKit.RunCliAsync("postgres", target.ConnectionString, "restore", "--in", file);
            Assert.True(restore.ExitCode == 0, restore.Output);
            Assert.Contains("Restored", restore.Output);
            Assert.Contains("PostgreSQL at", restore.Output);
            Assert.DoesNotContain("Password", restore.Output, StringComparison.OrdinalIgnoreCase);

            var again = await BackupTestKit.RunCliAsync("postgres", target.ConnectionString, "restore", "--in", file);
            Assert.NotEqual(0, again.ExitCode);
            Assert.Contains("Restore refused", again.Output);

            var admin = await TestOrg.LoginAsync(target, "admin@fokus.example", "fokus-demo");
            Assert.Equal(
                BackupTestKit.Normalised(await (await sourceAdmin.GetAsync("/api/v1/big-picture")).Content.ReadAsStringAsync()),
                BackupTestKit.Normalised(await (await admin.GetAsync("/api/v1/big-picture")).Content.ReadAsStringAsync()));

            var usage = await BackupTestKit.RunCliAsync("sqlite", source.ConnectionString, "backup");
            Assert.Equal(2, usage.ExitCode);
            Assert.Contains("Usage", usage.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
