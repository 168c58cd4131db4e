using Fokus.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>The bell after a reminder run, the digest with its wins first, and axe on the new pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsTests(BrowserApp app)
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool ran;

    /// <summary>One reminder cycle for the demo organisation: its due reminders and this week's digests.</summary>
    private async Task RunCycleAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (ran) return;
            await using var scope = app.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(DateTimeOffset.UtcNow, CancellationToken.None);
            Assert.True(report.Ran && report.DigestsBuilt > 0, $"the cycle did not run as expected: {report}");
            ran = true;
        }
        finally { Once.Release(); }
    }

    private static async Task SettledAsync(IPage page)
    {
        await page.Locator("h1").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-testid=loading]')");
    }

    [Fact]
    public async Task Bell_ShowsUnreadAfterAReminderRun_AndMarkingReadClearsIt()
    {
        await RunCycleAsync();
        var page = await app.OpenAsync("lead@fokus.example");
        var unread = (await page.ApiAsync(app.BaseUrl, "/api/v1/notifications/unread-count")).GetProperty("count").GetInt32();
        Assert.True(unread > 0, "the lead has nothing unread after the run");

        await page.GotoAsync($"{app.BaseUrl}/notifications");
        await SettledAsync(page);
        var bell = page.Locator("[data-testid=notification-bell]").First;
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", unread.ToString());
        await Assertions.Expect(bell.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("aria-label", $"Aviseringar, {unread} olästa");
        Assert.Equal(unread, await page.Locator("[data-testid=notification][data-read=false]").CountAsync());
        await page.ShotAsync("notifications-unread");

        await page.ClickAsync("[data-testid=mark-all-read]");
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", "0");
        await Assertions.Expect(page.Locator("[data-testid=notification][data-read=false]")).ToHaveCountAsync(0);
        Assert.Equal(0, (await page.ApiAsync(app.BaseUrl, "/api/v1/notifications/unread-count")).GetProperty("count").GetInt32());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Digest_ShowsWinsFirst_AndTheNewPagesPassAxe()
    {
        await RunCycleAsync();
        var page = await app.OpenAsync("admin@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/digest");
        await SettledAsync(page);
        var sections = await page.Locator("[data-testid=digest-section]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.section)");
        Assert.Equal(["wins", "attention", "progress"], sections);
        Assert.Equal("Det här gick bra", (await page.Locator("#digest-wins").InnerTextAsync()).Trim());
        await page.ShotAsync("digest-desktop");

        var problems = new List<string>();
        foreach (var path in new[] { "/digest", "/wins", "/notifications" })
        {
            await page.GotoAsync(app.BaseUrl + path);
            await SettledAsync(page);
            problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}: {v}"));
        }
        await page.ShotAsync("wins-desktop");
        var phone = await app.OpenAsync("member@fokus.example", width: 390);
        foreach (var path in new[] { "/digest", "/wins", "/notifications" })
        {
            await phone.GotoAsync(app.BaseUrl + path);
            await SettledAsync(phone);
            if (await phone.ScrollsSidewaysAsync()) problems.Add($"{path}: scrolls sideways at 390 px");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}
