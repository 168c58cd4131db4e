using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class ClosedPeriodTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ClosedPeriod_IsReadOnly_ButStillReadable(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Finance", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        var kr = objective.Kr(0).Id();
        var checkIn = (await (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 30, confidence = 7 })).JsonAsync())
            .GetProperty("checkIn").Id();
        var period = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}")).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.PutAsJsonAsync($"/api/v1/periods/{org.PeriodId}", new
        {
            name = period.GetProperty("name").GetString(), startDate = period.GetProperty("startDate").GetString(), kind = "quarter", state = "closed",
        })).StatusCode);

        var refused = new[]
        {
            await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 40, confidence = 7 }),
            await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{objective.Id()}", new { version = 1, title = "Late edit", level = "team", periodId = org.PeriodId, ownerTeamId = team }),
            await org.Admin.PostAsJsonAsync($"/api/v1/objectives/{objective.Id()}/key-results", new { title = "Late KR", type = "milestone" }),
            await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{checkIn}", new { confidence = 2 }),
            await org.Admin.DeleteAsync($"/api/v1/check-ins/{checkIn}"),
            await org.Admin.DeleteAsync($"/api/v1/key-results/{kr}"),
            await org.Admin.DeleteAsync($"/api/v1/objectives/{objective.Id()}"),
        };
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));

        var after = await (await org.Admin.GetAsync($"/api/v1/objectives/{objective.Id()}")).JsonAsync();
        Assert.Equal("Customers love our onboarding", after.GetProperty("title").GetString());
        Assert.Equal(30m, after.Kr(0).GetProperty("currentValue").GetDecimal());
        Assert.Equal(3, after.GetProperty("keyResults").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ValuesWithMoreThanFourDecimals_AreRefused_AndAStartEditBeforeAnyCheckInMovesTheCurrentValue(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Lab", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0);
        var precise = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr.Id()}/check-ins", new { value = 1.123456m, confidence = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, precise.StatusCode);
        Assert.True((await precise.JsonAsync()).GetProperty("errors").TryGetProperty("value", out _));

        var edited = await (await org.Admin.PutAsJsonAsync($"/api/v1/key-results/{kr.Id()}", new
        {
            version = 1, title = "Activated customers", type = "number", startValue = 20, targetValue = 100, direction = "increase",
        })).JsonAsync();
        Assert.Equal(20m, edited.GetProperty("currentValue").GetDecimal());
        Assert.Equal(0, edited.GetProperty("progress").GetDouble());
    }
}
