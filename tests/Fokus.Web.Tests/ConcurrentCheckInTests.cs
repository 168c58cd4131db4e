using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class ConcurrentCheckInTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ParallelCheckIns_AreAllStored_AndTheKeyResultCarriesTheNewest(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Ops", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();

        var responses = await Task.WhenAll(Enumerable.Range(1, 24).Select(value =>
            org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value, confidence = 6 })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var history = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins?pageSize=1")).JsonAsync();
        Assert.Equal(24, history.GetProperty("total").GetInt32());
        var newest = history.GetProperty("items")[0].GetProperty("value").GetDecimal();
        var current = (await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync()).GetProperty("currentValue").GetDecimal();
        Assert.Equal(newest, current);
    }
}
