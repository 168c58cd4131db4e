using System.Net;
using System.Net.Http.Json;
using System.Text;
using Fokus.Web.Features.Coach;

namespace Fokus.Web.Tests;

/// <summary>Issue #9 §3: the import keeps the key-result limit, and the health page never calls findings healthy.</summary>
[Collection(AppsCollection.Name)]
public sealed class PlausibleImportAndHealthTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_ObjectiveOverTheKeyResultLimit_IsAProblem_AndNothingIsStored(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var csv = new StringBuilder("Objective,Key result,Start,Target\n");
        for (var i = 1; i <= 11; i++) csv.Append($"Grow the community,Members in region {i},0,{i * 10}\n");

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(csv.ToString()), "okrs.csv");
        // "The objective has 11 key results; at most 10 are allowed." in the reader's language.
        Assert.Contains(preview.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString() is { } m && m.Contains("11") && m.Contains("10"));
        var apply = await org.Admin.PostAsync($"/api/v1/imports/{preview.Id()}/apply", null);
        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        Assert.Equal((0, 0, 0), await ImportApi.CountsAsync(app, await ImportApi.OrganisationIdAsync(app, org)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_TenKeyResults_AreApplied(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var csv = new StringBuilder("Objective,Key result,Start,Target\n");
        for (var i = 1; i <= 10; i++) csv.Append($"Grow the community,Members in region {i},0,{i * 10}\n");

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(csv.ToString()), "okrs.csv");
        ImportApi.NoErrors(preview);
        await ImportApi.ApplyAsync(org.Admin, preview);
        Assert.Equal((1, 10, 0), await ImportApi.CountsAsync(app, await ImportApi.OrganisationIdAsync(app, org)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_WithFindings_IsNeverAllHealthy(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var created = await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Win more customers in the north", level = "team", periodId = org.PeriodId, ownerTeamId = team,
            keyResults = new object[]
            {
                new { title = "Make 100 cold calls", type = "number", unit = "", startValue = 0, targetValue = 100, direction = "increase" },
                new { title = "New customers in the north", type = "number", unit = "", startValue = 3, targetValue = 15, direction = "increase" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var health = await (await org.Admin.GetAsync($"/api/v1/coach/health?periodId={org.PeriodId}")).JsonAsync();
        Assert.NotEqual(0, health.GetProperty("commonFindings").GetArrayLength());
        Assert.False(health.GetProperty("allHealthy").GetBoolean());
    }

    [Fact]
    public void AllHealthy_OnlyWhenNothingAtAllWasFound()
    {
        HealthDto Dto(bool period, bool common, bool attention) => new(null, null,
            period ? [new Fokus.Core.Coach.CoachFinding("too-many-objectives", Fokus.Core.Coach.CoachSeverity.Warning, "Too many", null, null)] : [],
            common ? [new FindingCount("activity", 2)] : [],
            attention ? [new ObjectiveAttention(Guid.NewGuid(), "O", 40, ["activity"])] : [], []);

        Assert.True(Dto(false, false, false).AllHealthy);
        Assert.False(Dto(true, false, false).AllHealthy);
        Assert.False(Dto(false, true, false).AllHealthy);
        Assert.False(Dto(false, false, true).AllHealthy);
    }
}
