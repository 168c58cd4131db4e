using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Core.Rhythm;

namespace Fokus.Web.Tests;

/// <summary>The weekly digest through the cycle and the API: wins first, then what needs attention, then progress; kept as history, sent once.</summary>
[Collection(NotificationAppsCollection.Name)]
public sealed class DigestTests(NotificationApps apps)
{
    private const string Note = "Landed our first enterprise customer";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WeeklyDigest_ListsWinsFirst_IsKept_AndIsSentOnce(string provider)
    {
        var app = apps.Get(provider);
        using var hooks = new WebhookSink();
        var w = await RhythmWorld.CreateAsync(app, hooks);
        var (reached, moved) = (w.Objective.Kr(0).Id(), w.Objective.Kr(1).Id());
        await CheckInAsync(w.Sven, reached, new { value = 100, confidence = 9, wentWell = Note });
        await CheckInAsync(w.Org.Admin, moved, new { value = 40, confidence = 1, blockers = "Slow supplier" });
        var now = await IssueDayAsync(w.Org);

        await RhythmWorld.RunAsync(app, now);
        await RhythmWorld.RunAsync(app, now.AddMinutes(10));

        var list = await (await w.Sven.GetAsync($"/api/v1/digests?teamId={w.TeamId}")).JsonAsync();
        var summary = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(3, summary.GetProperty("wins").GetInt32());
        var response = await w.Sven.GetAsync($"/api/v1/digests/{summary.Id()}");
        var raw = await response.Content.ReadAsStringAsync();
        var content = JsonDocument.Parse(raw).RootElement.GetProperty("content");
        // Wins come first in the document itself, then what needs attention, then progress.
        Assert.Equal(["from", "to", "wins", "needsAttention", "progress"], content.EnumerateObject().Select(p => p.Name));
        var wins = content.GetProperty("wins");
        Assert.Equal(Note, wins.GetProperty("wentWell")[0].GetProperty("text").GetString());
        Assert.Equal("Sven Svensson", wins.GetProperty("wentWell")[0].GetProperty("authorName").GetString());
        Assert.Equal(reached, wins.GetProperty("reachedTarget")[0].Id());
        Assert.Equal(moved, wins.GetProperty("movedMost")[0].Id());
        Assert.Equal(0.25, wins.GetProperty("movedMost")[0].GetProperty("progress").GetDouble(), 3);
        Assert.Contains(content.GetProperty("needsAttention").GetProperty("offTrack").EnumerateArray(), k => k.Id() == moved);
        Assert.Equal(3, content.GetProperty("progress").GetProperty("keyResults").GetInt32());
        var org = await (await w.Org.Admin.GetAsync("/api/v1/digests")).JsonAsync();
        Assert.Equal(1, org.GetProperty("total").GetInt32());

        var mail = Assert.Single(apps.Mail.To(w.SvenEmail), m => m.Subject?.StartsWith("Veckosammanfattning", StringComparison.Ordinal) == true);
        var text = mail.TextBody!;
        var (good, attention, progress) = (text.IndexOf("Det här gick bra", StringComparison.Ordinal),
            text.IndexOf("Behöver uppmärksamhet", StringComparison.Ordinal), text.IndexOf("Framsteg mot planen", StringComparison.Ordinal));
        Assert.True(good >= 0 && good < attention && attention < progress, text);
        Assert.True(text.IndexOf(Note, StringComparison.Ordinal) is var at && at > good && at < attention, text);
        Assert.Contains($"https://fokus.test/digest/{summary.Id()}", text);
        Assert.NotNull(mail.HtmlBody);
        var post = Assert.Single(hooks.At($"slack/{w.TeamId}"), p => NotificationDeliveryTests.Title(p).StartsWith("Weekly digest", StringComparison.Ordinal));
        var lines = post.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString()!;
        Assert.True(lines.IndexOf("What went well", StringComparison.Ordinal) < lines.IndexOf("Needs attention", StringComparison.Ordinal), lines);
        Assert.Contains(Note, lines);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherOrganisationsDigest_IsNotFound(string provider)
    {
        var app = apps.Get(provider);
        var w = await RhythmWorld.CreateAsync(app);
        await RhythmWorld.RunAsync(app, await IssueDayAsync(w.Org));
        var digest = (await (await w.Org.Admin.GetAsync($"/api/v1/digests?teamId={w.TeamId}")).JsonAsync()).GetProperty("items")[0].Id();
        var other = await TestOrg.CreateAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/digests/{digest}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/digests?teamId={w.TeamId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/wins?teamId={w.TeamId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/teams/{w.TeamId}/rhythm")).StatusCode);
        var theirs = (await other.Admin.GetAsync("/api/v1/digests")).JsonAsync();
        Assert.DoesNotContain((await theirs).GetProperty("items").EnumerateArray(), d => d.Id() == digest);
        var bell = await NotificationDeliveryTests.BellReminders(w.Sven);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.PostAsJsonAsync($"/api/v1/notifications/{bell[0].Id()}/read", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Org.Admin.PostAsJsonAsync($"/api/v1/notifications/{bell[0].Id()}/read", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await w.Sven.PostAsJsonAsync($"/api/v1/notifications/{bell[0].Id()}/read", new { })).StatusCode);
        Assert.Equal(2, await NotificationDeliveryTests.UnreadReminders(w.Sven));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TeamRhythm_MasksWebhooks_KeepsThemOnNull_AndRefusesBadInput(string provider)
    {
        var w = await RhythmWorld.CreateAsync(apps.Get(provider));
        var url = "https://hooks.slack.example/services/T000/B000/secretXYZ9";
        var put = await (await w.Org.Admin.PutAsJsonAsync($"/api/v1/teams/{w.TeamId}/rhythm", new { everyWeeks = 2, weekday = "friday", slackWebhookUrl = url })).JsonAsync();
        Assert.Equal("https://hooks.slack.example/…XYZ9", put.GetProperty("slackWebhook").GetString());
        Assert.DoesNotContain("secret", put.ToString());
        var kept = await (await w.Org.Admin.PutAsJsonAsync($"/api/v1/teams/{w.TeamId}/rhythm", new { everyWeeks = 1 })).JsonAsync();
        Assert.Equal("https://hooks.slack.example/…XYZ9", kept.GetProperty("slackWebhook").GetString());
        var read = await (await w.Sven.GetAsync($"/api/v1/teams/{w.TeamId}/rhythm")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", read);
        var bad = await w.Org.Admin.PutAsJsonAsync($"/api/v1/teams/{w.TeamId}/rhythm", new { everyWeeks = 9, teamsWebhookUrl = "ftp://x" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("everyWeeks", out _) && errors.TryGetProperty("teamsWebhookUrl", out _), errors.ToString());
        var cleared = await (await w.Org.Admin.PutAsJsonAsync($"/api/v1/teams/{w.TeamId}/rhythm", new { slackWebhookUrl = "" })).JsonAsync();
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("slackWebhook").ValueKind);
    }

    private static async Task CheckInAsync(HttpClient client, Guid kr, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"check-in answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The next day a digest comes out whose week includes today.</summary>
    internal static async Task<DateTimeOffset> IssueDayAsync(TestOrg org)
    {
        var weekday = Enum.Parse<DayOfWeek>((await (await org.Admin.GetAsync("/api/v1/organisation")).JsonAsync()).GetProperty("checkInWeekday").GetString()!, true);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var day = Enumerable.Range(1, 7).Select(today.AddDays).First(d => DigestBuilder.WeekOf(d, weekday) is var week && week.From <= today && today <= week.To);
        return now.AddDays(day.DayNumber - today.DayNumber);
    }
}
