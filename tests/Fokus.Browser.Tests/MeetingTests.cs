using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MeetingTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_RunsACheckInMeeting_EndToEnd_InThePresenterView_FromTheKeyboard()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        await page.ClickAsync("[data-testid=team-meetings]");
        await page.ClickAsync("[data-testid=meeting-start]");
        await page.WaitForURLAsync(url => url.Contains("/meetings/"));
        await page.Locator("[data-testid=agenda-wins]").WaitForAsync();

        // The agenda begins with what went well: the demo's check-ins of the last week are there, per person.
        Assert.True(await page.Locator("[data-testid=agenda-win]").CountAsync() > 0);
        await page.Locator("[data-testid=item-text]").FillAsync("Boka en pilot med två butiker");
        await page.ClickAsync("[data-testid=item-add]");
        await page.Locator("[data-testid=meeting-item]").Filter(new LocatorFilterOptions { HasText = "Boka en pilot" }).WaitForAsync();
        Assert.Empty(await page.AxeViolationsAsync());
        await page.ShotAsync("meeting-runner-sv");

        await page.ClickAsync("[data-testid=meeting-present]");
        var stage = page.Locator("[data-testid=presenter]");
        await stage.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.dataset.testid === 'presenter'");
        Assert.Equal("0", await stage.GetAttributeAsync("data-section"));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Locator("[data-testid=presenter][data-section='1'] [data-testid=agenda-wins]").WaitForAsync();
        await page.ShotAsync("meeting-presenter-wins-sv");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync(" ");
        await page.Locator("[data-testid=presenter][data-section='3'] [data-testid=meeting-item]").WaitForAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Locator("[data-testid=presenter][data-section='2'] [data-testid=agenda-exceptions]").WaitForAsync();
        Assert.Empty(await page.AxeViolationsAsync());
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("[data-testid=meeting-end]").WaitForAsync();

        await page.ClickAsync("[data-testid=meeting-end]");
        await page.Locator("[data-testid=meeting-end]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        // The next meeting opens with the open action from this one.
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}/meetings");
        await page.ClickAsync("[data-testid=meeting-start]");
        await page.WaitForURLAsync(url => url.Contains("/meetings/"));
        await page.Locator("[data-testid=agenda-open]").Filter(new LocatorFilterOptions { HasText = "Boka en pilot med två butiker" }).WaitForAsync();
        await page.Context.CloseAsync();
    }
}
