using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>The seeded demo organisation: each demo account signs in and can do what its role allows, and no more.</summary>
public sealed class DemoOrganisationTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoAccounts_SignIn_AndActWithinTheirRoles(string provider)
    {
        using var app = FokusApp.Create(provider, seedDemo: true);
        var admin = await TestOrg.LoginAsync(app, "admin@fokus.example", "fokus-demo");
        var lead = await TestOrg.LoginAsync(app, "lead@fokus.example", "fokus-demo");
        var member = await TestOrg.LoginAsync(app, "member@fokus.example", "fokus-demo");
        var viewer = await TestOrg.LoginAsync(app, "viewer@fokus.example", "fokus-demo");

        var picture = await (await viewer.GetAsync("/api/v1/big-picture")).JsonAsync();
        Assert.False(string.IsNullOrWhiteSpace(picture.GetProperty("vision").GetString()));
        Assert.Equal(3, picture.GetProperty("objectives").EnumerateArray().Count(o => o.GetProperty("level").GetString() == "strategic"));
        var period = await (await viewer.GetAsync("/api/v1/periods/current")).JsonAsync();
        Assert.Equal("active", period.GetProperty("state").GetString());

        var leadMe = await (await lead.GetAsync("/api/v1/me")).JsonAsync();
        var leadTeam = leadMe.GetProperty("ledTeamIds")[0].GetGuid();
        var teamOkrs = await (await lead.GetAsync($"/api/v1/teams/{leadTeam}/okrs")).JsonAsync();
        Assert.True(teamOkrs.GetProperty("objectives").GetArrayLength() >= 1);
        var created = await lead.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Kunderna hittar rätt storlek direkt", level = "team", periodId = period.Id(), ownerTeamId = leadTeam,
            keyResults = new[] { new { title = "Andel returer p.g.a. storlek", type = "percent", unit = "%", startValue = 18, targetValue = 9, direction = "decrease" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var memberMe = await (await member.GetAsync("/api/v1/me")).JsonAsync();
        var owned = await (await member.GetAsync($"/api/v1/key-results?ownerPersonId={memberMe.GetProperty("personId").GetGuid()}&periodId={period.Id()}")).JsonAsync();
        var kr = owned.GetProperty("items").EnumerateArray().First(k => k.GetProperty("type").GetString() != "milestone");
        var checkIn = await member.PostAsJsonAsync($"/api/v1/key-results/{kr.Id()}/check-ins",
            new { value = kr.GetProperty("currentValue").GetDecimal(), confidence = 7, wentWell = "Bra vecka" });
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/key-results/{kr.Id()}/check-ins", new { value = 1, confidence = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync("/api/v1/organisation", new { name = "Kapat" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/organisation", new
        {
            name = "Fjällvind AB", vision = picture.GetProperty("vision").GetString(), mission = picture.GetProperty("mission").GetString(),
        })).StatusCode);
    }
}
