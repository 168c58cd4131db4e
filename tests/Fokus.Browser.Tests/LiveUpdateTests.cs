using System.Diagnostics;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(BrowserApp app)
{
    [Fact]
    public async Task ACheckInInOneBrowser_UpdatesTheOtherBrowsersTeamPage_WithinASecond_WithoutAReload()
    {
        var lead = await app.OpenAsync("lead@fokus.example");
        var team = await lead.LedTeamAsync(app.BaseUrl);
        await lead.GotoAsync($"{app.BaseUrl}/teams/{team}");
        await lead.Locator("[data-testid=kr-line]").First.WaitForAsync();
        await lead.EvaluateAsync("() => window.__notReloaded = true");

        var member = await app.OpenAsync("member@fokus.example");
        await member.ClickAsync("[data-testid=nav-my-focus]");
        await member.Locator("[data-testid=focus-item]").First.WaitForAsync();
        // One of the member's key results that the lead's team page shows.
        var onTeamPage = await lead.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-testid=kr-line]')].map(e => e.dataset.krId)");
        var mine = await member.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-testid=focus-item] [data-testid=kr-line]')].map(e => e.dataset.krId)");
        var krId = mine.First(onTeamPage.Contains);
        var item = member.Locator("[data-testid=focus-item]").Filter(new LocatorFilterOptions { Has = member.Locator($"[data-kr-id='{krId}']") });
        var watched = lead.Locator($"[data-testid=kr-line][data-kr-id='{krId}'] [data-testid=kr-value]");
        var before = await watched.InnerTextAsync();

        await item.Locator("[data-testid=check-in-open]").ClickAsync();
        // 97 fits every kind of key result (a percent stays within 0–100); where it is far outside the range the dialog asks first.
        await member.FillAsync("[data-testid=check-in-value]", "97");
        await member.ClickAsync("[data-testid=check-in-save]");
        await member.WaitForFunctionAsync("() => !document.querySelector('[data-testid=check-in-dialog]') || document.querySelector('[data-testid=check-in-confirm-outlier]')");
        if (await member.Locator("[data-testid=check-in-confirm-outlier]").CountAsync() > 0) await member.ClickAsync("[data-testid=check-in-confirm-outlier]");
        await member.Locator("[data-testid=check-in-dialog]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        var clock = Stopwatch.StartNew();
        await lead.WaitForFunctionAsync("() => /^97(\\D|$)/.test(document.querySelector(\"[data-kr-id='" + krId + "'] [data-testid=kr-value]\").innerText)",
            null, new PageWaitForFunctionOptions { Timeout = 5000 });
        var latency = clock.Elapsed;

        Assert.NotEqual(before, await watched.InnerTextAsync());
        Assert.True(await lead.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the lead's page reloaded");
        Assert.True(latency < TimeSpan.FromSeconds(1), $"the other browser updated after {latency.TotalMilliseconds:0} ms");
        await lead.Context.CloseAsync();
        await member.Context.CloseAsync();
    }
}
