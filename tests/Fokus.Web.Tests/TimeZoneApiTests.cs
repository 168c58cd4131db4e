using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>The organisation's and a person's time zone through the API: IANA ids only, field errors otherwise.</summary>
[Collection(AppsCollection.Name)]
public sealed class TimeZoneApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OrganisationZone_MustBeAKnownIanaId(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        Assert.Equal("UTC", (await (await org.Admin.GetAsync("/api/v1/organisation")).JsonAsync()).GetProperty("timeZoneId").GetString());

        foreach (var bad in new[] { "Mars/Olympus_Mons", "W. Europe Standard Time", new string('x', 300) })
        {
            var refused = await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Test AB", timeZoneId = bad });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("timeZoneId", out _), bad);
        }
        Assert.Equal("UTC", (await (await org.Admin.GetAsync("/api/v1/organisation")).JsonAsync()).GetProperty("timeZoneId").GetString());

        var saved = await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Test AB", timeZoneId = "America/New_York" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("America/New_York", (await (await org.Admin.GetAsync("/api/v1/organisation")).JsonAsync()).GetProperty("timeZoneId").GetString());
        // Saving other settings without a zone keeps it.
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Renamed AB" })).StatusCode);
        Assert.Equal("America/New_York", (await (await org.Admin.GetAsync("/api/v1/organisation")).JsonAsync()).GetProperty("timeZoneId").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASwedishSignUp_StartsOnStockholmTime(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider), "sv");
        Assert.Equal("Europe/Stockholm", (await (await org.Admin.GetAsync("/api/v1/organisation")).JsonAsync()).GetProperty("timeZoneId").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APerson_SetsTheirOwnZone_OrFollowsTheOrganisation(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var (member, _) = await org.AddPersonAsync("member");

        var refused = await member.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZoneId = "Nowhere/Else" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("timeZoneId", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await member.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZoneId = "Asia/Tokyo" })).StatusCode);
        var me = await (await member.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal(("Asia/Tokyo", "UTC"), (me.GetProperty("timeZoneId").GetString(), me.GetProperty("organisationTimeZoneId").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await member.PutAsJsonAsync("/api/v1/me/time-zone", new { timeZoneId = (string?)null })).StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await member.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("timeZoneId").ValueKind);
    }
}
