using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>Apps whose e-mail goes to a real SMTP server the tests start (one per provider), with links to https://fokus.test.</summary>
public sealed class NotificationApps : IAsyncLifetime
{
    public const string PublicUrl = "https://fokus.test";
    private readonly Dictionary<string, FokusApp> apps = [];

    public MailSink Mail { get; private set; } = default!;

    public FokusApp Get(string provider)
    {
        lock (apps)
        {
            if (!apps.TryGetValue(provider, out var app)) apps[provider] = app = FokusApp.Create(provider, settings: Settings(Mail.Port));
            return app;
        }
    }

    public static Dictionary<string, string?> Settings(int smtpPort) => new()
    {
        ["Fokus:Smtp:Host"] = "127.0.0.1", ["Fokus:Smtp:Port"] = smtpPort.ToString(), ["Fokus:Smtp:From"] = "Fokus <fokus@fokus.test>",
        ["Fokus:Smtp:TimeoutSeconds"] = "5", ["Fokus:PublicUrl"] = PublicUrl,
    };

    public Task InitializeAsync()
    {
        Mail = MailSink.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values) await app.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class NotificationAppsCollection : ICollectionFixture<NotificationApps>
{
    public const string Name = "notification apps";
}

/// <summary>A team with a Swedish-speaking member who owns three key results that fall due today, and the team's webhooks.</summary>
internal sealed record RhythmWorld(TestOrg Org, Guid TeamId, Guid SvenId, HttpClient Sven, string SvenEmail, JsonElement Objective)
{
    public static async Task<RhythmWorld> CreateAsync(FokusApp app, WebhookSink? hooks = null, DateTimeOffset? now = null)
    {
        var org = await TestOrg.CreateAsync(app);
        var email = $"sven-{Guid.NewGuid():N}@test.example";
        var created = await org.Admin.PostAsJsonAsync("/api/v1/people", new
        {
            name = "Sven Svensson", email, title = "", role = "member", language = "sv", password = TestOrg.Password, teamIds = Array.Empty<Guid>(),
        });
        var svenId = (await created.JsonAsync()).Id();
        var sven = await TestOrg.LoginAsync(app, email, TestOrg.Password);
        var team = await org.AddTeamAsync($"Rhythm {Guid.NewGuid():N}"[..16], org.AdminPersonId, svenId);
        // Today's weekday, so key results created today are due today.
        var weekday = (now ?? DateTimeOffset.UtcNow).UtcDateTime.DayOfWeek.ToString().ToLowerInvariant();
        var rhythm = await org.Admin.PutAsJsonAsync($"/api/v1/teams/{team}/rhythm", new
        {
            everyWeeks = 1, weekday,
            slackWebhookUrl = hooks?.Url($"slack/{team}"), teamsWebhookUrl = hooks?.Url($"teams/{team}"),
        });
        Assert.True(rhythm.IsSuccessStatusCode, $"setup: rhythm answered {(int)rhythm.StatusCode} {await rhythm.Content.ReadAsStringAsync()}");
        var objective = await org.CreateObjectiveAsync(org.Admin, team, svenId);
        return new RhythmWorld(org, team, svenId, sven, email, objective);
    }

    public static Task<RunReport> RunAsync(FokusApp app, DateTimeOffset now) => WithRun(app, run => run.RunOnceAsync(now, CancellationToken.None));

    /// <summary>The cycle without the lease, as a second node that ignored it would run it.</summary>
    public static Task<RunReport> CycleAsync(FokusApp app, DateTimeOffset now) => WithRun(app, run => run.CycleAsync(now, CancellationToken.None));

    private static async Task<RunReport> WithRun(FokusApp app, Func<ReminderRun, Task<RunReport>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<ReminderRun>());
    }
}
