using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace Fokus.Web.Tests;

/// <summary>
/// Due check-in reminders end to end: a real SMTP server receives the e-mail, a local listener the Slack and Teams posts,
/// the bell the in-app items; running the cycle again, or from two callers at once, sends nothing twice.
/// </summary>
[Collection(NotificationAppsCollection.Name)]
public sealed class NotificationDeliveryTests(NotificationApps apps)
{
    private static IEnumerable<MimeMessage> Reminders(MailSink mail, string to) =>
        mail.To(to).Where(m => m.Subject?.StartsWith("Dags att checka in", StringComparison.Ordinal) == true);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DueReminder_ArrivesOnceByEmailWebhooksAndBell_InThePersonsLanguage(string provider)
    {
        var app = apps.Get(provider);
        using var hooks = new WebhookSink();
        var w = await RhythmWorld.CreateAsync(app, hooks);
        var now = DateTimeOffset.UtcNow;
        var krs = Enumerable.Range(0, 3).Select(i => w.Objective.Kr(i).Id()).ToList();

        var first = await RhythmWorld.RunAsync(app, now);
        Assert.True(first.Ran);

        var mail = Assert.Single(Reminders(apps.Mail, w.SvenEmail));
        Assert.Equal("Dags att checka in: 3 nyckelresultat", mail.Subject);
        Assert.Equal("Sven Svensson", mail.To.Mailboxes.Single().Name);
        Assert.Equal("fokus@fokus.test", mail.From.Mailboxes.Single().Address);
        var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Contains(alternative, p => p.ContentType.MimeType == "text/plain");
        Assert.Contains(alternative, p => p.ContentType.MimeType == "text/html");
        Assert.Contains("Hej Sven Svensson!", mail.TextBody);
        Assert.Contains("href=\"https://fokus.test/my-focus\"", mail.HtmlBody);
        Assert.Contains("Checka in nu", mail.HtmlBody);
        Assert.Contains("lang=\"sv\"", mail.HtmlBody);
        foreach (var kr in krs)
        {
            Assert.Contains($"https://fokus.test/key-results/{kr}", mail.TextBody);
            Assert.Contains($"href=\"https://fokus.test/key-results/{kr}\"", mail.HtmlBody);
        }

        var slack = Assert.Single(ReminderPosts(hooks, $"slack/{w.TeamId}"));
        Assert.EndsWith("check-ins due", slack.GetProperty("text").GetString());
        var slackLines = slack.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains($"<https://fokus.test/key-results/{krs[0]}|Activated customers (Sven Svensson), due", slackLines);
        Assert.Equal("<https://fokus.test/my-focus|Check in now>", slack.GetProperty("blocks")[2].GetProperty("text").GetProperty("text").GetString());
        var teams = Assert.Single(ReminderPosts(hooks, $"teams/{w.TeamId}"));
        Assert.Equal("message", teams.GetProperty("type").GetString());
        var card = teams.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", card.GetProperty("content").GetProperty("type").GetString());
        Assert.Equal(4, card.GetProperty("content").GetProperty("body").GetArrayLength());
        Assert.Equal("https://fokus.test/my-focus", card.GetProperty("content").GetProperty("actions")[0].GetProperty("url").GetString());

        var bell = await BellReminders(w.Sven);
        Assert.Equal(3, bell.Count);
        Assert.All(bell, n => Assert.StartsWith("Dags att checka in: ", n.GetProperty("title").GetString()));
        Assert.Equal(krs.Select(k => $"/key-results/{k}").Order(), bell.Select(n => n.GetProperty("link").GetString()).Order());

        // Again, and from two callers at once, with and without the lease: nothing is sent twice.
        await RhythmWorld.RunAsync(app, now);
        await Task.WhenAll(RhythmWorld.RunAsync(app, now), RhythmWorld.RunAsync(app, now.AddSeconds(1)));
        await Task.WhenAll(RhythmWorld.CycleAsync(app, now), RhythmWorld.CycleAsync(app, now));

        Assert.Single(Reminders(apps.Mail, w.SvenEmail));
        Assert.Single(ReminderPosts(hooks, $"slack/{w.TeamId}"));
        Assert.Single(ReminderPosts(hooks, $"teams/{w.TeamId}"));
        Assert.Equal(3, await UnreadReminders(w.Sven));
        var deliveries = await Deliveries(w.Org, "sent");
        var reminders = deliveries;
        Assert.Equal(12, reminders.Count);
        Assert.Equal(["email", "inApp", "slack", "teams"], reminders.Select(d => d.GetProperty("channel").GetString()!).Distinct().Order());
        Assert.All(reminders, d => Assert.Equal(1, d.GetProperty("attempts").GetInt32()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MutedPerson_AndChannelsTurnedOff_GetNothingOnThoseChannels(string provider)
    {
        var app = apps.Get(provider);
        using var hooks = new WebhookSink();
        var w = await RhythmWorld.CreateAsync(app, hooks);
        var saved = await w.Sven.PutAsJsonAsync("/api/v1/notification-preferences", new { email = false, chat = false });
        Assert.True(saved.IsSuccessStatusCode);

        await RhythmWorld.RunAsync(app, DateTimeOffset.UtcNow);
        Assert.Empty(Reminders(apps.Mail, w.SvenEmail));
        Assert.Empty(ReminderPosts(hooks, $"slack/{w.TeamId}"));
        Assert.Equal(3, await UnreadReminders(w.Sven));

        var muted = await RhythmWorld.CreateAsync(app, hooks);
        await muted.Sven.PutAsJsonAsync("/api/v1/notification-preferences", new { muted = true });
        await RhythmWorld.RunAsync(app, DateTimeOffset.UtcNow);
        Assert.Empty(Reminders(apps.Mail, muted.SvenEmail));
        Assert.Equal(0, await UnreadReminders(muted.Sven));
        Assert.Empty(ReminderPosts(hooks, $"slack/{muted.TeamId}"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FailingWebhook_RecordsTheError_AndIsRetriedWithBackoff(string provider)
    {
        var app = apps.Get(provider);
        using var hooks = new WebhookSink { FailWith = System.Net.HttpStatusCode.InternalServerError };
        var w = await RhythmWorld.CreateAsync(app, hooks);
        var now = DateTimeOffset.UtcNow;

        await RhythmWorld.RunAsync(app, now);
        var failed = (await Deliveries(w.Org, "failed")).Where(d => d.GetProperty("channel").GetString() == "slack").ToList();
        Assert.Equal(3, failed.Count);
        Assert.All(failed, d => Assert.Contains("Slack webhook answered 500", d.GetProperty("lastError").GetString()));

        hooks.FailWith = null;
        await RhythmWorld.RunAsync(app, now.AddMinutes(1));
        Assert.Single(ReminderPosts(hooks, $"slack/{w.TeamId}"));
        await RhythmWorld.RunAsync(app, now.AddMinutes(6));
        Assert.Equal(2, ReminderPosts(hooks, $"slack/{w.TeamId}").Count);
        var sent = (await Deliveries(w.Org, "sent")).Where(d => d.GetProperty("channel").GetString() == "slack").ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, d => Assert.Equal(2, d.GetProperty("attempts").GetInt32()));
        await RhythmWorld.RunAsync(app, now.AddMinutes(30));
        Assert.Equal(2, ReminderPosts(hooks, $"slack/{w.TeamId}").Count);
    }

    /// <summary>The reminders in a person's bell (the weekly digest lands there too).</summary>
    internal static async Task<List<JsonElement>> BellReminders(HttpClient person) =>
        (await (await person.GetAsync("/api/v1/notifications?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "reminder").ToList();

    internal static async Task<int> UnreadReminders(HttpClient person) =>
        (await BellReminders(person)).Count(n => n.GetProperty("readAt").ValueKind == JsonValueKind.Null);

    /// <summary>The organisation's reminder deliveries in one state (the weekly digest goes through the same ledger).</summary>
    internal static async Task<List<JsonElement>> Deliveries(TestOrg org, string state, string kind = "reminder") =>
        (await (await org.Admin.GetAsync($"/api/v1/deliveries?state={state}&pageSize=500")).JsonAsync())
            .GetProperty("items").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == kind).ToList();

    /// <summary>The reminder posts a webhook received (digests are posted there too).</summary>
    internal static List<JsonElement> ReminderPosts(WebhookSink hooks, string path) =>
        hooks.At(path).Where(p => Title(p).EndsWith("check-ins due", StringComparison.Ordinal)).ToList();

    /// <summary>A Slack post's text, or a Teams card's first text block.</summary>
    internal static string Title(JsonElement post) => post.TryGetProperty("text", out var text)
        ? text.GetString()!
        : post.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString()!;
}
