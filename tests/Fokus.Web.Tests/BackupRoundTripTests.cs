using Fokus.Web.Features.Backup;

namespace Fokus.Web.Tests;

/// <summary>Issue #12 §3: the demo organisation backed up on SQLite and restored into PostgreSQL and into a fresh SQLite reads the same.</summary>
public sealed class BackupRoundTripTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoOnSqlite_RestoredIntoAnEmptyDatabase_ReadsTheSameEverywhere_AndTheDemoAdminSignsIn(string target)
    {
        using var source = FokusApp.Create("sqlite", seedDemo: true);
        var sourceAdmin = await TestOrg.LoginAsync(source, "admin@fokus.example", "fokus-demo");
        var backup = await BackupTestKit.DownloadAsync(sourceAdmin);

        using var restored = FokusApp.Create(target);
        var result = await BackupTestKit.RestoreAsync(restored, backup);

        var sourceCounts = await BackupTestKit.CountsAsync(source);
        Assert.Equal(sourceCounts, await BackupTestKit.CountsAsync(restored));
        Assert.True(sourceCounts["CheckIns"] > 100, "the demo has check-in history");
        Assert.True(sourceCounts["AspNetUsers"] >= 4, "the demo's sign-in accounts are backed up");
        Assert.Equal(sourceCounts.Where(c => c.Value > 0).Sum(c => (long)c.Value), result.Rows);

        // The demo admin signs in with the demo password on the restored database: hashes and stamps came along.
        var restoredAdmin = await TestOrg.LoginAsync(restored, "admin@fokus.example", "fokus-demo");
        var expected = await BackupTestKit.ViewsAsync(sourceAdmin);
        var actual = await BackupTestKit.ViewsAsync(restoredAdmin);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.True(expected.Count > 20, $"only {expected.Count} views were compared");
        foreach (var (path, json) in expected) Assert.True(json == actual[path], $"{path} differs after the restore into {target}:\n{json}\n---\n{actual[path]}");
    }

    [Fact]
    public async Task DemoBackup_RestoredIntoPostgres_BacksUpAgainToTheSameRows_AndRestoresIntoSqlite()
    {
        using var source = FokusApp.Create("sqlite", seedDemo: true);
        var backup = await BackupTestKit.DownloadAsync(await TestOrg.LoginAsync(source, "admin@fokus.example", "fokus-demo"));
        using var postgres = FokusApp.Create("postgres");
        await BackupTestKit.RestoreAsync(postgres, backup);

        // PostgreSQL → SQLite: the way back works too.
        var again = await BackupTestKit.DownloadAsync(await TestOrg.LoginAsync(postgres, "admin@fokus.example", "fokus-demo"));
        using var sqlite = FokusApp.Create("sqlite");
        var result = await BackupTestKit.RestoreAsync(sqlite, again);
        Assert.Equal(await BackupTestKit.CountsAsync(source), await BackupTestKit.CountsAsync(sqlite));
        Assert.Contains(result.Tables, t => t.Table == "Objectives" && t.Rows > 0);
    }
}
