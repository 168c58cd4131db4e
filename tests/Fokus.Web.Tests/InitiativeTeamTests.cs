using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>Initiatives carry the team that runs them; a team's list has its own and those linked to its key results.</summary>
[Collection(AppsCollection.Name)]
public sealed class InitiativeTeamTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Initiative_KeepsItsTeam_AndTheTeamFilterFindsOwnAndLinked(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Web", org.AdminPersonId);
        var other = await org.AddTeamAsync("Stores", org.AdminPersonId);
        var teamKr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var otherKr = (await org.CreateObjectiveAsync(org.Admin, other)).Kr(0).Id();

        var run = await (await org.Admin.PostAsJsonAsync("/api/v1/initiatives",
            new { title = "Run A/B tests", status = "inProgress", teamId = other, keyResultIds = new[] { otherKr }, dueDate = "2027-03-01" })).JsonAsync();
        Assert.Equal(other, run.GetProperty("teamId").GetGuid());
        await org.Admin.PostAsJsonAsync("/api/v1/initiatives", new { title = "Linked only", keyResultIds = new[] { teamKr } }).CreatedIdAsync("initiative");
        await org.Admin.PostAsJsonAsync("/api/v1/initiatives", new { title = "Web's own", teamId = team, keyResultIds = new[] { otherKr } }).CreatedIdAsync("initiative");

        var list = await (await org.Admin.GetAsync($"/api/v1/initiatives?teamId={team}")).JsonAsync();
        var titles = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).Order().ToList();
        Assert.Equal(["Linked only", "Web's own"], titles);

        var moved = await org.Admin.PutAsJsonAsync($"/api/v1/initiatives/{run.Id()}",
            new { title = "Run A/B tests", status = "stopped", teamId = team, keyResultIds = new[] { otherKr, teamKr } });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await moved.JsonAsync();
        Assert.Equal(team, body.GetProperty("teamId").GetGuid());
        Assert.Equal("stopped", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("keyResultIds").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Initiative_WithAnUnknownTeamOrNoTitle_Is400OnTheFields(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Web", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var response = await org.Admin.PostAsJsonAsync("/api/v1/initiatives",
            new { title = " ", teamId = Guid.NewGuid(), keyResultIds = new[] { kr } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("teamId", out _));
        Assert.True(errors.TryGetProperty("title", out _));
        var list = await (await org.Admin.GetAsync($"/api/v1/initiatives?keyResultId={kr}")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }
}
