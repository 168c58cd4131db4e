using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Web.Features.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

public sealed class BackupApiTests
{
    private const string SlackUrl = "https://hooks.slack.com/services/T0001/B0001/backup-secret-slack";
    private const string TeamsUrl = "https://example.webhook.office.com/webhookb2/backup-secret-teams";
    private const string SmtpPassword = "smtp-backup-secret-password";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OnlyAdminsBackUp_OthersGet403_AnonymousGets401(string provider)
    {
        using var app = FokusApp.Create(provider);
        var org = await TestOrg.CreateAsync(app);
        foreach (var role in new[] { "member", "lead", "viewer" })
        {
            var (client, _) = await org.AddPersonAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/backup")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/backup/files")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/backup")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/backup/files")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TheFile_HoldsTheCallersOrganisationOnly_WithoutWebhookUrlsOrTheSmtpPassword_AndTheRestoreSaysWhatToReenter(string provider)
    {
        using var app = FokusApp.Create(provider, settings: new Dictionary<string, string?>
        {
            ["Fokus:Smtp:Host"] = "smtp.invalid", ["Fokus:Smtp:UserName"] = "fokus", ["Fokus:Smtp:Password"] = SmtpPassword,
        });
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Payments squad");
        await org.CreateObjectiveAsync(org.Admin, team);
        var rhythm = await org.Admin.PutAsJsonAsync($"/api/v1/teams/{team}/rhythm",
            new { everyWeeks = 2, weekday = "tuesday", slackWebhookUrl = SlackUrl, teamsWebhookUrl = TeamsUrl });
        Assert.Equal(HttpStatusCode.OK, rhythm.StatusCode);
        var other = await TestOrg.CreateAsync(app);
        await other.AddTeamAsync("Someone else's team");

        var backup = await BackupTestKit.DownloadAsync(org.Admin);
        var text = BackupTestKit.Text(backup);
        using (var header = JsonDocument.Parse(text))
        {
            Assert.Equal("fokus-backup", header.RootElement.GetProperty("format").GetString());
            Assert.Equal(1, header.RootElement.GetProperty("version").GetInt32());
            Assert.NotEmpty(header.RootElement.GetProperty("migration").GetString()!);
        }
        Assert.Contains("Payments squad", text);
        Assert.Contains("PasswordHash", text);
        Assert.DoesNotContain("Someone else's team", text);
        Assert.DoesNotContain("backup-secret", text);
        Assert.DoesNotContain("hooks.slack.com", text);
        Assert.DoesNotContain(SmtpPassword, text);
        Assert.DoesNotContain(TestOrg.Password, text);

        using var restored = FokusApp.Create(provider);
        var result = await BackupTestKit.RestoreAsync(restored, backup);
        Assert.Equal(2, result.SecretsToReenter.Count);
        Assert.All(result.SecretsToReenter, s => Assert.Equal(team.ToString(), s.Key));
        var admin = await TestOrg.LoginAsync(restored, (await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("email").GetString()!, TestOrg.Password);
        var after = await (await admin.GetAsync($"/api/v1/teams/{team}/rhythm")).JsonAsync();
        Assert.Equal(2, after.GetProperty("everyWeeks").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("slackWebhook").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ScheduledBackups_AreWrittenOncePerInterval_KeepTheNewest_AndOnlyAdminsOfTheOrganisationDownloadThem(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fokus-backups-{Guid.NewGuid():N}");
        using var app = FokusApp.Create(provider, settings: new Dictionary<string, string?>
        {
            ["Fokus:Backup:Directory"] = folder, ["Fokus:Backup:Keep"] = "2", ["Fokus:Backup:IntervalHours"] = "24",
        });
        try
        {
            var org = await TestOrg.CreateAsync(app);
            var other = await TestOrg.CreateAsync(app);
            var start = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
            var written = new List<int>();
            foreach (var hours in new[] { 0, 1, 24, 48 })
            {
                await using var scope = app.Services.CreateAsyncScope();
                written.Add(await scope.ServiceProvider.GetRequiredService<BackupSchedule>().RunOnceAsync(start.AddHours(hours), CancellationToken.None));
            }
            Assert.True(written[0] >= 2 && written[1] == 0 && written[2] >= 2 && written[3] >= 2, string.Join(",", written));

            var files = await (await org.Admin.GetAsync("/api/v1/backup/files")).JsonAsync();
            Assert.Equal(2, files.GetArrayLength());
            Assert.Equal(start.AddHours(48), files[0].GetProperty("createdAt").GetDateTimeOffset());
            Assert.True(files[0].GetProperty("size").GetInt64() > 100);
            var name = files[0].GetProperty("name").GetString()!;
            var download = await org.Admin.GetAsync($"/api/v1/backup/files/{Uri.EscapeDataString(name)}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Contains("\"fokus-backup\"", BackupTestKit.Text(await download.Content.ReadAsByteArrayAsync()));

            // Another organisation's admin, a member and a path from outside get nothing.
            Assert.Equal(HttpStatusCode.NotFound, (await other.Admin.GetAsync($"/api/v1/backup/files/{Uri.EscapeDataString(name)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync("/api/v1/backup/files/..%2F..%2Fetc%2Fpasswd")).StatusCode);
            var (member, _) = await org.AddPersonAsync("member");
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/backup/files/{Uri.EscapeDataString(name)}")).StatusCode);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
