using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>The team and big-picture views are cached; a write must show in them at once.</summary>
[Collection(AppsCollection.Name)]
public sealed class ReadViewFreshnessTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_ShowsAtOnceInTeamViewAndBigPicture(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        Assert.Equal(0m, await TeamValueAsync(org, team, kr));
        Assert.Equal(0m, await BigPictureValueAsync(org, kr));

        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins",
            new { value = 75, confidence = 8 })).StatusCode);

        Assert.Equal(75m, await TeamValueAsync(org, team, kr));
        Assert.Equal(75m, await BigPictureValueAsync(org, kr));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewVision_ShowsAtOnceInTheBigPicture(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        Assert.Equal("", (await (await org.Admin.GetAsync("/api/v1/big-picture")).JsonAsync()).GetProperty("vision").GetString());
        await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Test AB", vision = "A clear north star" });
        Assert.Equal("A clear north star", (await (await org.Admin.GetAsync("/api/v1/big-picture")).JsonAsync()).GetProperty("vision").GetString());
    }

    private static async Task<decimal> TeamValueAsync(TestOrg org, Guid team, Guid kr)
    {
        var view = await (await org.Admin.GetAsync($"/api/v1/teams/{team}/okrs")).JsonAsync();
        return view.GetProperty("objectives").EnumerateArray().SelectMany(o => o.GetProperty("keyResults").EnumerateArray())
            .Single(k => k.Id() == kr).GetProperty("currentValue").GetDecimal();
    }

    private static async Task<decimal> BigPictureValueAsync(TestOrg org, Guid kr)
    {
        var view = await (await org.Admin.GetAsync("/api/v1/big-picture")).JsonAsync();
        return Flatten(view.GetProperty("objectives")).SelectMany(o => o.GetProperty("keyResults").EnumerateArray())
            .Single(k => k.Id() == kr).GetProperty("currentValue").GetDecimal();
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => new[] { n }.Concat(Flatten(n.GetProperty("children"))));
}
