namespace Fokus.Web.Tests;

/// <summary>
/// SMTP down: the e-mail delivery is recorded as failed with the error and waits for its backoff; once the server is up,
/// the retry sends it exactly once.
/// </summary>
public sealed class NotificationSmtpRetryTests
{
    private static IEnumerable<MimeKit.MimeMessage> Reminders(MailSink mail, string to) =>
        mail.To(to).Where(m => m.Subject?.StartsWith("Dags att checka in", StringComparison.Ordinal) == true);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SmtpDown_RecordsFailure_ThenRetriesLaterAndSendsOnce(string provider)
    {
        var port = MailSink.FreePort();
        await using var app = FokusApp.Create(provider, settings: NotificationApps.Settings(port));
        var w = await RhythmWorld.CreateAsync(app);
        var now = DateTimeOffset.UtcNow;

        var first = await RhythmWorld.RunAsync(app, now);
        Assert.True(first.Ran);
        Assert.True(first.Failed >= 1, $"expected a failed e-mail, got {first}");
        var failed = (await NotificationDeliveryTests.Deliveries(w.Org, "failed")).Where(d => d.GetProperty("channel").GetString() == "email").ToList();
        Assert.Equal(3, failed.Count);
        Assert.All(failed, d =>
        {
            Assert.Equal(1, d.GetProperty("attempts").GetInt32());
            Assert.Contains($"SMTP 127.0.0.1:{port}", d.GetProperty("lastError").GetString());
        });
        // The bell does not wait for e-mail.
        Assert.Equal(3, (await NotificationDeliveryTests.Deliveries(w.Org, "sent")).Count(d => d.GetProperty("channel").GetString() == "inApp"));

        await using var mail = MailSink.Start(port);
        await RhythmWorld.RunAsync(app, now.AddMinutes(2));
        Assert.Empty(Reminders(mail, w.SvenEmail));
        Assert.Equal(3, (await NotificationDeliveryTests.Deliveries(w.Org, "failed")).Count);

        await RhythmWorld.RunAsync(app, now.AddMinutes(6));
        var received = Assert.Single(Reminders(mail, w.SvenEmail));
        Assert.Equal("Dags att checka in: 3 nyckelresultat", received.Subject);
        var sent = (await NotificationDeliveryTests.Deliveries(w.Org, "sent")).Where(d => d.GetProperty("channel").GetString() == "email").ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, d => Assert.Equal(2, d.GetProperty("attempts").GetInt32()));

        await RhythmWorld.RunAsync(app, now.AddMinutes(60));
        Assert.Single(Reminders(mail, w.SvenEmail));
    }
}
