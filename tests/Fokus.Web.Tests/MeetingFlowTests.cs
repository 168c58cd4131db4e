using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>A meeting's agenda begins with what went well; open actions come back at the next meeting until ticked off.</summary>
[Collection(AppsCollection.Name)]
public sealed class MeetingFlowTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wins_ComeFirst_AndOpenActionsCarryToTheNextMeeting(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{objective.Kr(0).Id()}/check-ins",
            new { value = 30, confidence = 8, wentWell = "Tre nya kunder aktiverade" });

        var first = await (await org.Admin.PostAsJsonAsync($"/api/v1/teams/{team}/meetings", new { })).JsonAsync();
        var win = first.GetProperty("wins")[0];
        Assert.Equal(("Tre nya kunder aktiverade", "Ada Admin"), (win.GetProperty("text").GetString(), win.GetProperty("personName").GetString()));
        Assert.True(win.GetProperty("progressGain").GetDouble() > 0.29);

        var bad = await org.Admin.PostAsJsonAsync($"/api/v1/meetings/{first.Id()}/items", new { kind = "action", text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var action = await (await org.Admin.PostAsJsonAsync($"/api/v1/meetings/{first.Id()}/items",
            new { kind = "action", text = "Boka pilot med Anna", keyResultId = objective.Kr(0).Id(), ownerPersonId = org.AdminPersonId, dueDate = "2026-12-01" })).JsonAsync();
        await org.Admin.PostAsJsonAsync($"/api/v1/meetings/{first.Id()}/items", new { kind = "decision", text = "Vi fokuserar på onboarding" });
        var ended = await (await org.Admin.PutAsJsonAsync($"/api/v1/meetings/{first.Id()}", new { notes = "Kort möte", end = true })).JsonAsync();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, ended.GetProperty("endedAt").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Admin.PostAsJsonAsync($"/api/v1/meetings/{first.Id()}/items", new { kind = "action", text = "För sent" })).StatusCode);

        var second = await (await org.Admin.PostAsJsonAsync($"/api/v1/teams/{team}/meetings", new { })).JsonAsync();
        var open = Assert.Single(second.GetProperty("openFromBefore").EnumerateArray());
        Assert.Equal(action.Id(), open.Id());
        Assert.Equal(0, second.GetProperty("wins").GetArrayLength()); // nothing new since the first meeting

        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.PutAsJsonAsync($"/api/v1/meeting-items/{action.Id()}", new { done = true })).StatusCode);
        var reread = await (await org.Admin.GetAsync($"/api/v1/meetings/{second.Id()}")).JsonAsync();
        Assert.Equal(0, reread.GetProperty("openFromBefore").GetArrayLength());
        var history = await (await org.Admin.GetAsync($"/api/v1/teams/{team}/meetings")).JsonAsync();
        Assert.Equal(2, history.GetArrayLength());
    }
}
