using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>What each role may do, checked through HTTP for viewer, member, lead, admin and another organisation's admin.</summary>
[Collection(AppsCollection.Name)]
public sealed class RoleTests(Apps apps)
{
    private sealed record Case(string Name, Func<HttpClient, Task<HttpResponseMessage>> Call, int Viewer, int Member, int Lead, int Admin, int Outsider);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EachRole_MayDoExactlyWhatItsRoleAllows(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var (viewer, _) = await org.AddPersonAsync("viewer");
        var (member, memberId) = await org.AddPersonAsync("member");
        var (lead, leadId) = await org.AddPersonAsync("lead");
        var outsider = (await TestOrg.CreateAsync(app)).Admin;
        var leadTeam = await org.AddTeamAsync("Lead's team", leadId, memberId);
        var otherTeam = await org.AddTeamAsync("Other team", org.AdminPersonId);
        var own = await org.CreateObjectiveAsync(org.Admin, leadTeam, memberId);
        var other = await org.CreateObjectiveAsync(org.Admin, otherTeam);
        var unowned = await (await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{own.Id()}/key-results",
            new { title = "Unowned", type = "percent", startValue = 10, targetValue = 20, direction = "increase" })).JsonAsync();

        async Task<HttpResponseMessage> Put(HttpClient c, Guid id, Guid team)
        {
            var version = (await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync()).GetProperty("version").GetInt32();
            return await c.PutAsJsonAsync($"/api/v1/objectives/{id}", new { version, title = "Edited", level = "team", periodId = org.PeriodId, ownerTeamId = team });
        }
        var CheckIn = new { value = 5, confidence = 7 };
        Case[] cases =
        [
            new("read big picture", c => c.GetAsync("/api/v1/big-picture"), 200, 200, 200, 200, 200),
            new("read objective", c => c.GetAsync($"/api/v1/objectives/{own.Id()}"), 200, 200, 200, 200, 404),
            new("read check-ins", c => c.GetAsync($"/api/v1/key-results/{own.Kr(0).Id()}/check-ins"), 200, 200, 200, 200, 404),
            new("read team okrs", c => c.GetAsync($"/api/v1/teams/{leadTeam}/okrs"), 200, 200, 200, 200, 404),
            new("create objective for lead's team", c => c.PostAsJsonAsync("/api/v1/objectives", org.ObjectiveBody(leadTeam)), 403, 403, 201, 201, 400),
            new("create objective for other team", c => c.PostAsJsonAsync("/api/v1/objectives", org.ObjectiveBody(otherTeam)), 403, 403, 403, 201, 400),
            new("edit lead's team objective", c => Put(c, own.Id(), leadTeam), 403, 403, 200, 200, 404),
            new("edit other team objective", c => Put(c, other.Id(), otherTeam), 403, 403, 403, 200, 404),
            new("add key result to lead's team objective", c => c.PostAsJsonAsync($"/api/v1/objectives/{own.Id()}/key-results",
                new { title = "More", type = "milestone" }), 403, 403, 201, 201, 404),
            new("check in on member's key result", c => c.PostAsJsonAsync($"/api/v1/key-results/{own.Kr(0).Id()}/check-ins", CheckIn), 403, 201, 201, 201, 404),
            new("check in on unowned key result of lead's team", c => c.PostAsJsonAsync($"/api/v1/key-results/{unowned.Id()}/check-ins", CheckIn), 403, 403, 201, 201, 404),
            new("check in on other team's key result", c => c.PostAsJsonAsync($"/api/v1/key-results/{other.Kr(0).Id()}/check-ins", CheckIn), 403, 403, 403, 201, 404),
            new("edit organisation", c => c.PutAsJsonAsync("/api/v1/organisation", new { name = "Renamed" }), 403, 403, 403, 200, 200),
            new("create team", c => c.PostAsJsonAsync("/api/v1/teams", new { name = $"T{Guid.NewGuid():N}", memberIds = Array.Empty<Guid>() }), 403, 403, 403, 201, 201),
            new("create period", c => c.PostAsJsonAsync("/api/v1/periods", new { kind = "custom", name = "Sprint", startDate = "2027-01-01", endDate = "2027-02-01" }), 403, 403, 403, 201, 201),
            new("create initiative", c => c.PostAsJsonAsync("/api/v1/initiatives",
                new { title = "Run onboarding webinars", status = "inProgress", keyResultIds = new[] { own.Kr(0).Id() } }), 403, 201, 201, 201, 400),
        ];

        foreach (var testCase in cases)
        {
            foreach (var (role, client, expected) in new[] { ("viewer", viewer, testCase.Viewer), ("member", member, testCase.Member),
                         ("lead", lead, testCase.Lead), ("admin", org.Admin, testCase.Admin), ("other organisation", outsider, testCase.Outsider) })
            {
                var response = await testCase.Call(client);
                Assert.True(expected == (int)response.StatusCode,
                    $"{testCase.Name} as {role}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
