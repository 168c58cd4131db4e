using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class IsolationTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherOrganisationsData_Answers404_AndNeverAppearsInLists(string provider)
    {
        var app = apps.Get(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var team = await a.AddTeamAsync("A team", a.AdminPersonId);
        var objective = await a.CreateObjectiveAsync(a.Admin, team);
        var kr = objective.Kr(0).Id();
        var checkIn = (await (await a.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins",
            new { value = 1, confidence = 5 })).JsonAsync()).GetProperty("checkIn").Id();

        string[] reads =
        [
            $"/api/v1/objectives/{objective.Id()}", $"/api/v1/key-results/{kr}", $"/api/v1/key-results/{kr}/check-ins",
            $"/api/v1/check-ins/{checkIn}", $"/api/v1/teams/{team}", $"/api/v1/teams/{team}/okrs",
            $"/api/v1/people/{a.AdminPersonId}", $"/api/v1/periods/{a.PeriodId}", $"/api/v1/big-picture?periodId={a.PeriodId}",
        ];
        foreach (var url in reads)
            Assert.True(HttpStatusCode.NotFound == (await b.Admin.GetAsync(url)).StatusCode, url);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 9, confidence = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective.Id()}/key-results",
            new { title = "x", type = "milestone" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PutAsJsonAsync($"/api/v1/objectives/{objective.Id()}",
            new { version = 1, title = "hijack", level = "team", periodId = b.PeriodId, ownerPersonId = b.AdminPersonId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.DeleteAsync($"/api/v1/objectives/{objective.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.DeleteAsync($"/api/v1/check-ins/{checkIn}")).StatusCode);

        // Referring to another organisation's ids when creating is a field error, not a leak.
        var borrowed = await b.Admin.PostAsJsonAsync("/api/v1/objectives",
            new { title = "Borrowed", level = "team", periodId = a.PeriodId, ownerTeamId = team });
        var errors = (await borrowed.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("periodId", out _) && errors.TryGetProperty("ownerTeamId", out _));

        var bObjectives = await (await b.Admin.GetAsync("/api/v1/objectives")).JsonAsync();
        Assert.Equal(0, bObjectives.GetProperty("total").GetInt32());
        var aStill = await (await a.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync();
        Assert.Equal(1m, aStill.GetProperty("currentValue").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherOrganisationsData_CannotBeChangedOrDeleted_Answers404(string provider)
    {
        var app = apps.Get(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var (_, person) = await a.AddPersonAsync("member", "Mia Member");
        var team = await a.AddTeamAsync("A team", person, person);
        var kr = (await a.CreateObjectiveAsync(a.Admin, team, person)).Kr(0).Id();
        var checkIn = (await (await a.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins",
            new { value = 1, confidence = 5, note = "original" })).JsonAsync()).GetProperty("checkIn").Id();
        var initiative = (await (await a.Admin.PostAsJsonAsync("/api/v1/initiatives",
            new { title = "Original", status = "inProgress", keyResultIds = new[] { kr } })).JsonAsync()).Id();
        // Unused by any objective, so only isolation stands between b and deleting them.
        var spareTeam = await a.AddTeamAsync("Spare team");
        var sparePeriod = (await (await a.Admin.PostAsJsonAsync("/api/v1/periods",
            new { kind = "custom", name = "Spare", startDate = "2027-01-01", endDate = "2027-02-01" })).JsonAsync()).Id();

        var urls = new[]
        {
            $"/api/v1/key-results/{kr}", $"/api/v1/initiatives/{initiative}", $"/api/v1/people/{person}", $"/api/v1/teams/{team}",
            $"/api/v1/periods/{a.PeriodId}", $"/api/v1/check-ins/{checkIn}", $"/api/v1/teams/{spareTeam}", $"/api/v1/periods/{sparePeriod}",
        };
        var before = new Dictionary<string, string>();
        foreach (var url in urls) before[url] = await ReadAsync(a.Admin, url);
        var krVersion = (await (await a.Admin.GetAsync(urls[0])).JsonAsync()).GetProperty("version").GetInt32();

        // Bodies that would be valid in b (they name b's own people), carrying a's current version.
        (string Url, object Body)[] puts =
        [
            (urls[0], new { version = krVersion, title = "Hijacked", type = "number", startValue = 0, targetValue = 1, direction = "increase", ownerPersonId = b.AdminPersonId }),
            (urls[1], new { title = "Hijacked", status = "done", ownerPersonId = b.AdminPersonId, keyResultIds = new[] { kr } }),
            (urls[2], new { name = "Hijacked", title = "Owned", role = "admin", email = $"hijack-{Guid.NewGuid():N}@test.example" }),
            (urls[3], new { name = "Hijacked", leadPersonId = b.AdminPersonId, memberIds = new[] { b.AdminPersonId } }),
            (urls[4], new { kind = "custom", name = "Hijacked", startDate = "2020-01-01", endDate = "2020-02-01", state = "closed" }),
            (urls[5], new { confidence = 0, note = "hijacked" }),
        ];
        foreach (var (url, body) in puts)
        {
            var response = await b.Admin.PutAsJsonAsync(url, body);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"PUT {url} from another organisation answered {(int)response.StatusCode}");
        }
        foreach (var url in urls.Where(u => !u.Contains("/check-ins/")))
        {
            var response = await b.Admin.DeleteAsync(url);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"DELETE {url} from another organisation answered {(int)response.StatusCode}");
        }

        foreach (var url in urls)
            Assert.Equal(before[url], await ReadAsync(a.Admin, url));
        var bTeams = await (await b.Admin.GetAsync("/api/v1/teams")).JsonAsync();
        Assert.Equal(0, bTeams.GetProperty("total").GetInt32());
    }

    private static async Task<string> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(HttpStatusCode.OK == response.StatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
