using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class ValidationTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateObjective_WithBadFields_Answers400WithFieldErrors_AndStoresNothing(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var response = await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "", level = "team", periodId = org.PeriodId, ownerTeamId = Guid.NewGuid(),
            keyResults = new[] { new { title = "Currency without code", type = "currency", startValue = 10, targetValue = 5, direction = "increase" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("ownerTeamId", out _));
        Assert.True(errors.TryGetProperty("keyResults[0].currencyCode", out _));
        Assert.True(errors.TryGetProperty("keyResults[0].targetValue", out _));

        var list = await (await org.Admin.GetAsync("/api/v1/objectives")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_WithWrongTypeOrMalformedJson_Answers400NamingTheField(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Ops", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();

        var wrongType = await org.Admin.PostAsync($"/api/v1/key-results/{kr}/check-ins",
            new StringContent("""{"value": 5, "confidence": "high"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await wrongType.JsonAsync()).GetProperty("errors").TryGetProperty("confidence", out _));

        var malformed = await org.Admin.PostAsync($"/api/v1/key-results/{kr}/check-ins",
            new StringContent("""{"value": 5,""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var outOfRange = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 5, confidence = 11 });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.True((await outOfRange.JsonAsync()).GetProperty("errors").TryGetProperty("confidence", out _));

        var missingValue = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { confidence = 5 });
        Assert.True((await missingValue.JsonAsync()).GetProperty("errors").TryGetProperty("value", out _));

        var history = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins")).JsonAsync();
        Assert.Equal(0, history.GetProperty("total").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ValidationMessages_FollowTheRequestLanguage(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/objectives") { Content = JsonContent.Create(new { title = "" }) };
        request.Headers.AcceptLanguage.ParseAdd("sv-SE");
        var errors = (await (await org.Admin.SendAsync(request)).JsonAsync()).GetProperty("errors");
        Assert.Equal("Obligatoriskt.", errors.GetProperty("title")[0].GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AligningAnObjectiveToItsOwnChild_IsRefused(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Team", org.AdminPersonId);
        var parent = await org.CreateObjectiveAsync(org.Admin, team);
        var child = await (await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Child", level = "team", periodId = org.PeriodId, ownerTeamId = team, parentObjectiveId = parent.Id(),
        })).JsonAsync();
        var cycle = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{parent.Id()}", new
        {
            version = 1, title = "Parent", level = "team", periodId = org.PeriodId, ownerTeamId = team, parentObjectiveId = child.Id(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.True((await cycle.JsonAsync()).GetProperty("errors").TryGetProperty("parentObjectiveId", out _));
    }

    [Fact]
    public async Task EnumFilters_TakeTheJsonSpelling_AndNameTheBadParameter()
    {
        var org = await TestOrg.CreateAsync(apps.Get("sqlite"));
        var team = await org.AddTeamAsync("Team", org.AdminPersonId);
        await org.CreateObjectiveAsync(org.Admin, team);
        var teams = await (await org.Admin.GetAsync("/api/v1/objectives?level=team")).JsonAsync();
        Assert.Equal(1, teams.GetProperty("total").GetInt32());
        var strategic = await (await org.Admin.GetAsync("/api/v1/objectives?level=strategic")).JsonAsync();
        Assert.Equal(0, strategic.GetProperty("total").GetInt32());
        var bad = await org.Admin.GetAsync("/api/v1/objectives?level=galactic");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("level", out _));
    }

    [Fact]
    public async Task MovingATeamUnderItsOwnSubTeam_IsRefused()
    {
        var org = await TestOrg.CreateAsync(apps.Get("sqlite"));
        var top = await org.AddTeamAsync("Top", org.AdminPersonId);
        var sub = await org.Admin.PostAsJsonAsync("/api/v1/teams", new { name = "Sub", parentTeamId = top, memberIds = Array.Empty<Guid>() });
        var subId = (await sub.JsonAsync()).Id();
        var cycle = await org.Admin.PutAsJsonAsync($"/api/v1/teams/{top}", new { name = "Top", parentTeamId = subId });
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.True((await cycle.JsonAsync()).GetProperty("errors").TryGetProperty("parentTeamId", out _));
        var unknown = await org.Admin.PutAsJsonAsync($"/api/v1/teams/{top}", new { name = "Top", parentTeamId = Guid.NewGuid() });
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("parentTeamId", out _));
    }

    [Fact]
    public async Task APersonWhoOwnsObjectives_CannotBeRemovedUntilTheyHaveAnotherOwner()
    {
        var org = await TestOrg.CreateAsync(apps.Get("sqlite"));
        var (member, memberId) = await org.AddPersonAsync("member");
        var personal = await member.PostAsJsonAsync("/api/v1/objectives",
            new { title = "I grow as a coach", level = "personal", periodId = org.PeriodId, ownerPersonId = memberId });
        Assert.Equal(HttpStatusCode.Created, personal.StatusCode);
        var refused = await org.Admin.DeleteAsync($"/api/v1/people/{memberId}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.GetAsync($"/api/v1/people/{memberId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/objectives/{(await personal.JsonAsync()).Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/people/{memberId}")).StatusCode);
    }
}
