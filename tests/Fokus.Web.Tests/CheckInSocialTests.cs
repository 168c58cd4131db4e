using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>Comments and reactions on check-ins through the API: validation, isolation, the toggle and the cascade.</summary>
[Collection(AppsCollection.Name)]
public sealed class CheckInSocialTests(Apps apps)
{
    private static async Task<(TestOrg Org, Guid CheckIn)> CheckInAsync(FokusApp app)
    {
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Ops", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var response = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 40, confidence = 8 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (org, (await response.JsonAsync()).GetProperty("checkIn").Id());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Comment_EmptyOrTooLong_Answers400OnText_AndStoresNothing(string provider)
    {
        var (org, checkIn) = await CheckInAsync(apps.Get(provider));
        foreach (var text in new[] { "", "   ", new string('a', 2001) })
        {
            var response = await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("text", out _), $"no field error for text of length {text.Length}");
        }
        var longest = await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = new string('b', 2000) });
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);

        var comments = await (await org.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/comments")).JsonAsync();
        Assert.Equal(1, comments.GetArrayLength());
        Assert.Equal(2000, comments[0].GetProperty("text").GetString()!.Length);
        Assert.Equal("Ada Admin", comments[0].GetProperty("authorName").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherOrganisationsCheckIn_Answers404_ForEveryCommentAndReactionCall(string provider)
    {
        var app = apps.Get(provider);
        var (a, checkIn) = await CheckInAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var comment = await (await a.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "Nice" })).JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.DeleteAsync($"/api/v1/check-in-comments/{comment.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/reactions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/reactions", new { kind = "cheer" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PutAsJsonAsync($"/api/v1/check-ins/{checkIn}/reactions/heart", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.DeleteAsync($"/api/v1/check-ins/{checkIn}/reactions/heart")).StatusCode);

        var still = await (await a.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/comments")).JsonAsync();
        Assert.Equal(1, still.GetArrayLength());
        var reactions = await (await a.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/reactions")).JsonAsync();
        Assert.All(reactions.GetProperty("reactions").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("count").GetInt32()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Toggle_GivesThenTakesBack_CountsEachPersonOnce_AndKnowsMine(string provider)
    {
        var (org, checkIn) = await CheckInAsync(apps.Get(provider));
        var (member, _) = await org.AddPersonAsync("member");
        var url = $"/api/v1/check-ins/{checkIn}/reactions";

        var first = await Cheer(await org.Admin.PostAsJsonAsync(url, new { kind = "cheer" }));
        Assert.Equal((1, true), first);
        Assert.Equal((2, true), await Cheer(await member.PostAsJsonAsync(url, new { kind = "cheer" })));
        Assert.Equal((2, true), await Cheer(await org.Admin.GetAsync(url)));
        Assert.Equal((1, false), await Cheer(await org.Admin.PostAsJsonAsync(url, new { kind = "cheer" })));
        Assert.Equal((1, true), await Cheer(await member.GetAsync(url)));

        // Adding is idempotent: the unique (check-in, person, kind) keeps one.
        Assert.Equal(HttpStatusCode.OK, (await member.PutAsJsonAsync($"{url}/heart", new { })).StatusCode);
        var twice = await (await member.PutAsJsonAsync($"{url}/heart", new { })).JsonAsync();
        Assert.Equal(1, Count(twice, "heart").Count);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"{url}/heart")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"{url}/heart")).StatusCode);
        Assert.Equal(0, Count(await (await member.GetAsync(url)).JsonAsync(), "heart").Count);

        var unknown = await member.PutAsJsonAsync($"{url}/party", new { });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("kind", out _));
        var missing = await member.PostAsJsonAsync(url, new { });
        Assert.True((await missing.JsonAsync()).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeletingTheCheckIn_RemovesItsCommentsAndReactions(string provider)
    {
        var app = apps.Get(provider);
        var (org, checkIn) = await CheckInAsync(app);
        await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "Keep going" });
        await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/reactions", new { kind = "idea" });
        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/check-ins/{checkIn}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/comments")).StatusCode);
        await using var db = (await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContextAsync()).AcrossOrganisations();
        Assert.False(await db.CheckInComments.AnyAsync(c => c.CheckInId == checkIn));
        Assert.False(await db.CheckInReactions.AnyAsync(r => r.CheckInId == checkIn));
    }

    private static async Task<(int Count, bool Mine)> Cheer(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Count(await response.JsonAsync(), "cheer");
    }

    private static (int Count, bool Mine) Count(JsonElement summary, string kind)
    {
        var reaction = summary.GetProperty("reactions").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == kind);
        return (reaction.GetProperty("count").GetInt32(), reaction.GetProperty("mine").GetBoolean());
    }
}
