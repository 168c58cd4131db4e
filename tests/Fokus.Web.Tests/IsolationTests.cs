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
}
