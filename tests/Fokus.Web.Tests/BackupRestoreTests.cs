using Fokus.Data;
using Fokus.Web.Features.Backup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class BackupRestoreTests(Apps apps)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RestoreIntoADatabaseWithAnOrganisation_IsRefused_AndWritesNothing(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Platform");
        await org.CreateObjectiveAsync(org.Admin, team);
        var backup = await BackupTestKit.DownloadAsync(org.Admin);

        using var target = FokusApp.Create(provider);
        var other = await TestOrg.CreateAsync(target);
        await other.AddTeamAsync("Already here");
        var before = await BackupTestKit.CountsAsync(target);
        var refused = await Assert.ThrowsAsync<RestoreRefusedException>(() => BackupTestKit.RestoreAsync(target, backup));
        Assert.Contains("empty database", refused.Message);
        Assert.Equal(before, await BackupTestKit.CountsAsync(target));
    }

    [Theory]
    [InlineData("""{"format":"something-else","version":1,"tables":[]}""", "not a Fokus backup")]
    [InlineData("""{"format":"fokus-backup","version":2,"createdAt":"2026-12-01T00:00:00+00:00","migration":"","organisation":{"id":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","name":"X"},"tables":[]}""", "version 2")]
    [InlineData("""{"format":"fokus-backup","version":1,"createdAt":"2026-12-01T00:00:00+00:00","migration":"29991231000000_FromTheFuture","organisation":{"id":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","name":"X"},"tables":[]}""", "newer Fokus")]
    [InlineData("""{"format":"fokus-backup","version":1,"organisation":{"id":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","name":"X"},"tables":[{"name":"Organisations","columns":["Id","Name"],"rows":[["6f9619ff-8b86""", "not a readable Fokus backup")]
    public async Task AFileOfAnotherFormatOrVersion_IsRefusedClearly_AndWritesNothing(string json, string reason)
    {
        using var target = FokusApp.Create("sqlite");
        var refused = await Assert.ThrowsAsync<RestoreRefusedException>(() => BackupTestKit.RestoreAsync(target, BackupTestKit.Gzip(json)));
        Assert.Contains(reason, refused.Message);
        Assert.All(await BackupTestKit.CountsAsync(target), c => Assert.Equal(0, c.Value));
    }

    [Fact]
    public async Task AFileThatIsNotGzip_IsRefusedAsNotABackup()
    {
        using var target = FokusApp.Create("sqlite");
        var refused = await Assert.ThrowsAsync<RestoreRefusedException>(() => BackupTestKit.RestoreAsync(target, "id;title\n1;x\n"u8.ToArray()));
        Assert.Contains("not a Fokus backup", refused.Message);
    }

    [Fact]
    public void EveryEntityTypeOfTheModel_IsBackedUpOrExcludedByName()
    {
        using var app = FokusApp.Create("sqlite");
        using var scope = app.Services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContext().AcrossOrganisations();
        var plan = BackupPlan.For(db.Model);
        Assert.True(plan.Unplaced.Count == 0,
            $"Neither backed up nor in BackupPlan.Excluded: {string.Join(", ", plan.Unplaced.Select(e => e.ShortName()))}");
        var backedUp = plan.Tables.Select(t => t.EntityType.ClrType.Name).ToHashSet();
        foreach (var type in db.Model.GetEntityTypes())
            Assert.True(backedUp.Contains(type.ClrType.Name) ^ BackupPlan.Excluded.Contains(type.ClrType.Name), type.ShortName());
        Assert.Contains("FokusUser", backedUp);
        Assert.Contains("TeamMember", backedUp);
        Assert.Contains("InitiativeKeyResult", backedUp);
        Assert.DoesNotContain("JobLease", backedUp);
        Assert.DoesNotContain("DataProtectionKey", backedUp);
        // Principals before dependents: the restore inserts in this order.
        var order = plan.Tables.Select(t => t.EntityType).ToList();
        foreach (var table in plan.Tables)
        foreach (var fk in table.EntityType.GetForeignKeys().Where(f => f.PrincipalEntityType != table.EntityType && order.Contains(f.PrincipalEntityType)))
            Assert.True(order.IndexOf(fk.PrincipalEntityType) < order.IndexOf(table.EntityType), $"{fk.PrincipalEntityType.ShortName()} before {table.Name}");
        Assert.Contains(plan.Tables, t => t.Name == "Objectives" && t.Deferred.Count == 1);
        Assert.Contains(plan.Tables, t => t.Name == "Teams" && t.Deferred.Count == 1);
    }
}
