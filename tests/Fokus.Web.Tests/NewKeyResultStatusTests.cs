using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>Issue #9 §1 through the API: new key results are "not started", measured from their creation, and missed nothing yet.</summary>
[Collection(AppsCollection.Name)]
public sealed class NewKeyResultStatusTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeyResultsAddedMidPeriod_AreNotStarted_AndTheirObjectiveIsToo(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);

        Assert.Equal("notStarted", objective.GetProperty("status").GetString());
        foreach (var kr in objective.GetProperty("keyResults").EnumerateArray())
        {
            Assert.Equal("notStarted", kr.GetProperty("status").GetString());
            Assert.Equal(0, kr.GetProperty("expectedProgress").GetDouble(), 9); // its path starts today
            Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.Parse(kr.GetProperty("checkInsCountFrom").GetString()!));
        }

        // The team page and the big picture agree.
        var teamOkrs = await (await org.Admin.GetAsync($"/api/v1/teams/{team}/okrs")).JsonAsync();
        Assert.Contains("notStarted", teamOkrs.GetRawText());
        Assert.DoesNotContain("offTrack", teamOkrs.GetRawText());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WithoutGraceDays_ANewKeyResult_IsMeasuredFromItsCreation_NotFromThePeriodsStart(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var settings = await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Grace-free", newKeyResultGraceDays = 0 });
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.Equal(0, (await settings.JsonAsync()).GetProperty("newKeyResultGraceDays").GetInt32());
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);

        var kr = objective.Kr(0);
        Assert.Equal("onTrack", kr.GetProperty("status").GetString()); // 0 of 0 expected today; from the period's start it was behind
        var check = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr.Id()}/check-ins", new { value = 5, confidence = 2 });
        Assert.Equal("offTrack", (await check.JsonAsync()).GetProperty("keyResult").GetProperty("status").GetString()); // confidence 2 still counts
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnObjectiveWithoutKeyResults_HasNoStatus(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var created = await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Win the Nordic mid-market", periodId = org.PeriodId, level = "team", ownerTeamId = team, keyResults = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await created.JsonAsync()).GetProperty("status").ValueKind);
        var picture = (await (await org.Admin.GetAsync("/api/v1/big-picture")).JsonAsync()).GetRawText();
        Assert.DoesNotContain("offTrack", picture);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheReportsDiscipline_CountsNoMissedCheckInsForKeyResultsCreatedToday(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        await org.CreateObjectiveAsync(org.Admin, team);
        await org.CreateObjectiveAsync(org.Admin, team);

        var report = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/report")).JsonAsync();
        Assert.Equal(6, report.GetProperty("keyResults").GetInt32());
        Assert.Equal(0, report.GetProperty("dueCheckIns").GetInt32());
    }
}
