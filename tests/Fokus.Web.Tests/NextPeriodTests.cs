using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>The quarter review's next-period step: a lead creates the next quarter as a planning period; a member is told who can and may ask them.</summary>
[Collection(AppsCollection.Name)]
public sealed class NextPeriodTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ALead_FinishesTheStep_ByCreatingTheNextQuarterAsAPlanningPeriod(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var (lead, leadId) = await org.AddPersonAsync("lead", "Lars Lead");
        var team = await org.AddTeamAsync("Support", leadId, leadId);
        var period = await PeriodAsync(org, "Winter 2040", "2040-01-01", "2040-03-31");
        var objective = await (await lead.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Support answers within the hour", level = "team", ownerTeamId = team, periodId = period,
            keyResults = new[] { new { title = "Answered within an hour", type = "percent", startValue = 40, targetValue = 90, direction = "increase" } },
        })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await lead.PutAsJsonAsync($"/api/v1/objectives/{objective.Id()}/review",
            new { decision = "keep", carryKeyResultIds = new[] { objective.Kr(0).Id() } })).StatusCode);

        var plan = await (await lead.GetAsync($"/api/v1/periods/{period}/next-period")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, plan.GetProperty("existing").ValueKind);
        Assert.True(plan.GetProperty("canCreate").GetBoolean());
        Assert.Equal(("Q2 2040", "2040-04-01", "2040-06-30"), (plan.GetProperty("proposedName").GetString(),
            plan.GetProperty("proposedStart").GetString(), plan.GetProperty("proposedEnd").GetString()));

        var carried = await lead.PostAsJsonAsync($"/api/v1/periods/{period}/carry-over", new { teamId = team });
        Assert.Equal(HttpStatusCode.OK, carried.StatusCode);
        var result = await carried.JsonAsync();
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var next = result.GetProperty("nextPeriod");
        Assert.Equal(("Q2 2040", "planning", "2040-04-01"), (next.GetProperty("name").GetString(), next.GetProperty("state").GetString(),
            next.GetProperty("startDate").GetString()));
        var draft = await (await lead.GetAsync($"/api/v1/objectives/{result.GetProperty("objectiveIds")[0].GetGuid()}")).JsonAsync();
        Assert.Equal(next.Id(), draft.GetProperty("periodId").GetGuid());

        // The plan now names the period that exists; nobody needs to be asked.
        var after = await (await lead.GetAsync($"/api/v1/periods/{period}/next-period")).JsonAsync();
        Assert.Equal(next.Id(), after.GetProperty("existing").Id());
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PostAsJsonAsync($"/api/v1/periods/{period}/next-period/request", new { })).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AMember_IsToldExactlyWhoCanCreateIt_AndCanAskThem(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var (member, _) = await org.AddPersonAsync("member", "Mia Member");
        await org.AddPersonAsync("lead", "Lars Lead");
        var period = await PeriodAsync(org, "Winter 2041", "2041-01-01", "2041-03-31");

        var plan = await (await member.GetAsync($"/api/v1/periods/{period}/next-period")).JsonAsync();
        Assert.False(plan.GetProperty("canCreate").GetBoolean());
        Assert.Equal(new[] { "Ada Admin", "Lars Lead" }, plan.GetProperty("whoCanCreate").EnumerateArray().Select(n => n.GetString()!).ToArray());

        var refused = await member.PostAsJsonAsync($"/api/v1/periods/{period}/carry-over", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.JsonAsync()).GetProperty("errors").GetProperty("nextPeriodId")[0].GetString();
        Assert.Contains("Ada Admin, Lars Lead", message);
        Assert.Equal(2, (await (await org.Admin.GetAsync("/api/v1/periods")).JsonAsync()).GetArrayLength()); // sign-up quarter and Winter 2041: nothing was created

        var asked = await member.PostAsJsonAsync($"/api/v1/periods/{period}/next-period/request", new { });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(new[] { "Ada Admin", "Lars Lead" }, (await asked.JsonAsync()).GetProperty("notified").EnumerateArray().Select(n => n.GetString()!).ToArray());
        var bell = await (await org.Admin.GetAsync("/api/v1/notifications")).JsonAsync();
        var notice = Assert.Single(bell.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "periodRequest");
        Assert.Equal($"/periods/{period}/review", notice.GetProperty("link").GetString());
        Assert.Contains("Mia Member", notice.GetProperty("title").GetString());
        Assert.Contains("Q2 2041", notice.GetProperty("title").GetString());
    }

    private static async Task<Guid> PeriodAsync(TestOrg org, string name, string start, string end)
    {
        var response = await org.Admin.PostAsJsonAsync("/api/v1/periods", new { kind = "custom", name, startDate = start, endDate = end, state = "active" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).Id();
    }
}
