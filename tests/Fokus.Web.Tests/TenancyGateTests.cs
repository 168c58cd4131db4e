using System.Text.RegularExpressions;
using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>
/// Organisation isolation is one global query filter. These tests fail when a new entity type is left
/// out of it, when a handler goes around the gate, or when a scoped context could touch another
/// organisation's rows.
/// </summary>
[Collection(AppsCollection.Name)]
public sealed partial class TenancyGateTests(Apps apps)
{
    // Rows that belong to no single organisation, each for a reason.
    private static readonly HashSet<string> Unowned =
    [
        nameof(Organisation), // the tenant itself
        nameof(JobLease), // one lease per background job for the whole installation
        "SignInThrottle", // failed sign-ins, counted before any organisation is known
        "FokusUser", "IdentityUserClaim<Guid>", "IdentityUserLogin<Guid>", "IdentityUserToken<Guid>", // a login, linked to people per organisation
        "DataProtectionKey", // the installation's cookie keys
        "CircuitStateEntry", // a paused Blazor circuit's state, keyed by the circuit, not by organisation
    ];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryEntityType_IsOrganisationFiltered_OrListedAsUnowned(string provider)
    {
        await using var db = await OpenAsync(apps.Get(provider));
        var unfiltered = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned()))
        {
            var name = type.ClrType.IsGenericType ? $"{type.ClrType.Name[..type.ClrType.Name.IndexOf('`')]}<Guid>" : type.ClrType.Name;
            var filtered = type.FindDeclaredQueryFilter(FokusDbContext.OrganisationFilter) is not null;
            if (filtered) Assert.True(typeof(IOrganisationOwned).IsAssignableFrom(type.ClrType), name);
            else if (!Unowned.Contains(name)) unfiltered.Add(name);
        }
        Assert.True(unfiltered.Count == 0, "Entity types without the organisation filter: " + string.Join(", ", unfiltered));
        // The list is the model, not a guess: at least the OKR core is filtered.
        foreach (var owned in new[] { typeof(Objective), typeof(KeyResult), typeof(CheckIn), typeof(TeamMember), typeof(InitiativeKeyResult) })
            Assert.NotNull(db.Model.FindEntityType(owned)!.FindDeclaredQueryFilter(FokusDbContext.OrganisationFilter));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ScopedContext_SeesOnlyItsOrganisation_AndRefusesToWriteAnothers(string provider)
    {
        var app = apps.Get(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var team = await a.AddTeamAsync("Scoped team", a.AdminPersonId, a.AdminPersonId);
        var orgA = await ImportApi.OrganisationIdAsync(app, a);
        var orgB = await ImportApi.OrganisationIdAsync(app, b);

        await using (var asA = (await OpenAsync(app)).ScopeTo(orgA))
        {
            Assert.True(await asA.Teams.AnyAsync(t => t.Id == team));
            Assert.True(await asA.TeamMembers.AnyAsync(m => m.TeamId == team));
            Assert.All(await asA.People.Select(p => p.OrganisationId).Distinct().ToListAsync(), id => Assert.Equal(orgA, id));
        }
        await using (var asB = (await OpenAsync(app)).ScopeTo(orgB))
        {
            Assert.False(await asB.Teams.AnyAsync(t => t.Id == team));
            Assert.False(await asB.TeamMembers.AnyAsync(m => m.TeamId == team));
            // A row of organisation A cannot be written through B's context, whichever way it got there.
            asB.Teams.Attach(new Team { Id = team, OrganisationId = orgA, Name = "hijacked" }).Property(t => t.Name).IsModified = true;
            await Assert.ThrowsAsync<InvalidOperationException>(() => asB.SaveChangesAsync());
        }
        await using (var unscoped = await OpenAsync(app, across: false))
        {
            Assert.False(await unscoped.Teams.AnyAsync());
            unscoped.Teams.Add(new Team { Id = Guid.CreateVersion7(), OrganisationId = orgA, Name = "nowhere" });
            await Assert.ThrowsAsync<InvalidOperationException>(() => unscoped.SaveChangesAsync());
        }
        await using var check = await OpenAsync(app);
        Assert.NotEqual("hijacked", (await check.Teams.SingleAsync(t => t.Id == team)).Name);
    }

    [Fact]
    public void Handlers_GoThroughTheGate_AndWriteNoOrganisationConditionByHand()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Fokus.Web");
        var sources = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".razor"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Path: Path.GetRelativePath(web, f).Replace('\\', '/'), Text: File.ReadAllText(f))).ToList();
        Assert.True(sources.Count > 100, "the scan found the sources");

        Assert.Empty(sources.Where(s => HandWrittenOrganisationCondition().IsMatch(s.Text)).Select(s => s.Path));
        Assert.Equal(["Infrastructure/OrganisationDb.cs"], sources.Where(s => s.Text.Contains("CreateDbContextAsync(")).Select(s => s.Path));
        Assert.Empty(sources.Where(s => s.Text.Contains("IgnoreQueryFilters")).Select(s => s.Path));
        // Going across organisations is for start-up, sign-in and the background cycles only.
        string[] across =
        [
            "Data/DatabaseStartup.cs", "Features/Auth/LoginHandler.cs", "Features/Auth/PasswordHandler.cs", "Features/Auth/ResetMail.cs",
            "Features/Auth/SignInThrottles.cs", "Features/Backup/BackupCommandLine.cs", "Features/Backup/BackupSchedule.cs",
            "Features/Demo/DemoSeeder.cs", "Features/Digest/DigestRun.cs", "Features/Health/HealthEndpoints.cs", "Features/Imports/ImportCommands.cs", "Features/Notifications/DeliveryLedger.cs",
            "Features/Notifications/JobLeases.cs", "Features/Notifications/Outbox.cs", "Features/Notifications/ReminderPlanner.cs",
            "Features/Restart/DbCircuitStateCache.cs",
            "Infrastructure/IdempotencyStore.cs", "Infrastructure/OrganisationDb.cs",
        ];
        Assert.Empty(sources.Where(s => s.Text.Contains("AcrossOrganisations") && !across.Contains(s.Path)).Select(s => s.Path));
    }

    [GeneratedRegex(@"OrganisationId\s*==")]
    private static partial Regex HandWrittenOrganisationCondition();

    private static async Task<FokusDbContext> OpenAsync(FokusApp app, bool across = true)
    {
        var db = await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContextAsync();
        return across ? db.AcrossOrganisations() : db;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fokus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Fokus.slnx not found above " + AppContext.BaseDirectory);
    }
}
