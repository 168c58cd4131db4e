using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Web.Features.Notifications;

namespace Fokus.Web.Tests;

/// <summary>The bell also carries reactions, comments and @mentions on check-ins.</summary>
[Collection(AppsCollection.Name)]
public sealed class CheckInNoticeTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReactionsCommentsAndMentions_ReachTheBell_OfTheRightPeople(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var checkIn = (await (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 40, confidence = 7 })).JsonAsync())
            .GetProperty("checkIn").Id();
        var (member, _) = await org.AddPersonAsync("member", "Maja Berg");
        var (lead, _) = await org.AddPersonAsync("lead", "Olof Lund");

        await member.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/reactions", new { kind = "cheer" });
        await member.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "Snyggt! @Olof kan du hjälpa till med nästa steg?" });
        await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "Tack @maja berg" });

        var adminBell = await KindsAsync(org.Admin);
        Assert.Equal(["comment", "reaction"], adminBell.Order());
        Assert.Equal(["mention"], await KindsAsync(lead));
        Assert.Equal(["mention"], await KindsAsync(member)); // the admin's own comment on its own check-in notifies nobody else
        var first = (await (await org.Admin.GetAsync("/api/v1/notifications")).JsonAsync()).GetProperty("items").EnumerateArray()
            .First(n => n.GetProperty("kind").GetString() == "reaction");
        Assert.Equal($"/key-results/{kr}", first.GetProperty("link").GetString());
        Assert.Contains("Maja Berg", first.GetProperty("title").GetString());
    }

    [Fact]
    public void Mentions_MatchFullNames_AndOnlyUniqueFirstNames()
    {
        var anna = (Guid.NewGuid(), "Anna Ek");
        var anna2 = (Guid.NewGuid(), "Anna Berg");
        var olof = (Guid.NewGuid(), "Olof Lund");
        var people = new[] { anna, anna2, olof };
        Assert.Equal([anna.Item1], CheckInNotices.Mentions("Tack @Anna Ek!", people));
        Assert.Empty(CheckInNotices.Mentions("Tack @Anna!", people)); // two Annas: a first name alone is ambiguous
        Assert.Equal([olof.Item1], CheckInNotices.Mentions("@olof, kolla detta", people));
        Assert.Empty(CheckInNotices.Mentions("@Olofsson är inte Olof", people));
        Assert.Empty(CheckInNotices.Mentions("Ingen nämnd här, Olof", people));
    }

    private static async Task<List<string>> KindsAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/notifications")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(n => n.GetProperty("kind").GetString()!).ToList();
}
