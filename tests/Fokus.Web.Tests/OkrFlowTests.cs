using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class OkrFlowTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateObjectiveWithKeyResults_CheckIn_ReturnsNewProgressAndStoresCurrentValue(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        Assert.Equal(3, objective.GetProperty("keyResults").GetArrayLength());
        Assert.Equal(0, objective.GetProperty("progress").GetDouble());

        var increase = objective.Kr(0).Id();
        var decrease = objective.Kr(1).Id();
        var milestone = objective.Kr(2).Id();
        var response = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{increase}/check-ins",
            new { value = 40, confidence = 8, wentWell = "Two big wins", blockers = "", note = "" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal(40m, result.GetProperty("keyResult").GetProperty("currentValue").GetDecimal());
        Assert.Equal(0.4, result.GetProperty("keyResult").GetProperty("progress").GetDouble(), 6);
        Assert.False(string.IsNullOrEmpty(result.GetProperty("keyResult").GetProperty("status").GetString()));

        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{decrease}/check-ins",
            new { value = 30, confidence = 6 })).StatusCode);
        var done = await (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{milestone}/check-ins",
            new { done = true, confidence = 10 })).JsonAsync();
        Assert.Equal("done", done.GetProperty("keyResult").GetProperty("status").GetString());

        var reloaded = await (await org.Admin.GetAsync($"/api/v1/objectives/{objective.Id()}")).JsonAsync();
        Assert.Equal(40m, reloaded.Kr(0).GetProperty("currentValue").GetDecimal());
        Assert.Equal(0.5, reloaded.Kr(1).GetProperty("progress").GetDouble(), 6);
        Assert.Equal((0.4 + 0.5 + 1) / 3, reloaded.GetProperty("progress").GetDouble(), 6);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckInHistory_IsNewestFirstAndPaged(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Sales", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        foreach (var value in new[] { 10, 20, 30 })
            Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins",
                new { value, confidence = 7 })).StatusCode);

        var page = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins?page=1&pageSize=2")).JsonAsync();
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(30m, page.GetProperty("items")[0].GetProperty("value").GetDecimal());
        Assert.Equal(20m, page.GetProperty("items")[1].GetProperty("value").GetDecimal());
        var second = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins?page=2&pageSize=2")).JsonAsync();
        Assert.Equal(10m, second.GetProperty("items")[0].GetProperty("value").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateWithStaleVersion_Answers409WithCurrentValues_AndKeepsTheNewerEdit(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Product", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        var id = objective.Id();
        object Edit(string title, int version) => new
        {
            version, title, description = "", periodId = org.PeriodId, level = "team", ownerTeamId = team,
        };

        var first = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{id}", Edit("First edit", 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.JsonAsync()).GetProperty("version").GetInt32());

        var stale = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{id}", Edit("Stale edit", 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.JsonAsync();
        Assert.Equal("First edit", problem.GetProperty("current").GetProperty("title").GetString());

        var kr = objective.Kr(0);
        var krStale = await org.Admin.PutAsJsonAsync($"/api/v1/key-results/{kr.Id()}", new
        {
            version = 0, title = "x", type = "number", startValue = 0, targetValue = 5, direction = "increase",
        });
        Assert.Equal(HttpStatusCode.Conflict, krStale.StatusCode);

        var current = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal("First edit", current.GetProperty("title").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BigPicture_ShowsVisionMissionAndAlignedTree(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var update = await org.Admin.PutAsJsonAsync("/api/v1/organisation", new
        {
            name = "Test AB", vision = "Everyone outdoors", mission = "Gear that lasts", defaultLanguage = "en",
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var team = await org.AddTeamAsync("Leadership", org.AdminPersonId);
        var strategic = await (await org.Admin.PostAsJsonAsync("/api/v1/objectives",
            new { title = "Be the obvious choice", level = "strategic", ownerTeamId = team })).JsonAsync();
        var child = await (await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Loved in the Nordics", level = "company", periodId = org.PeriodId, ownerTeamId = team,
            parentObjectiveId = strategic.Id(),
            keyResults = new[] { new { title = "NPS", type = "number", startValue = 20, targetValue = 40, direction = "increase" } },
        })).JsonAsync();

        var picture = await (await org.Admin.GetAsync("/api/v1/big-picture")).JsonAsync();
        Assert.Equal("Everyone outdoors", picture.GetProperty("vision").GetString());
        Assert.Equal("Gear that lasts", picture.GetProperty("mission").GetString());
        var root = Assert.Single(picture.GetProperty("objectives").EnumerateArray());
        Assert.Equal(strategic.Id(), root.Id());
        var node = Assert.Single(root.GetProperty("children").EnumerateArray());
        Assert.Equal(child.Id(), node.Id());
        Assert.Equal(1, node.GetProperty("keyResultCount").GetInt32());
        Assert.Equal("Leadership", node.GetProperty("ownerName").GetString());
    }
}
