using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CoachTests(BrowserApp app)
{
    [Fact]
    public async Task Editor_CoachesAnActivityWhileTyping_AppliesTheSuggestionInOneClick_AndNeverBlocksSaving()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        await page.GotoAsync($"{app.BaseUrl}/objectives/new?team={team}");
        await page.Locator("[data-testid=kr-title-input]").WaitForAsync();
        await page.FillAsync("[data-testid=objective-title-input]", "Tyska butiker väljer oss");
        var kr = page.Locator("[data-testid=kr-editor]").First;
        await kr.Locator("[data-testid=kr-title-input]").FillAsync("Ringa 100 kalla samtal till butiker i Tyskland");

        var hint = kr.Locator("[data-testid=coach-hint][data-classification=activity]");
        await hint.WaitForAsync();
        Assert.Equal(["Ringa"], await hint.Locator("mark").AllInnerTextsAsync());
        Assert.Equal("activity", await hint.Locator("[data-testid=coach-finding]").First.GetAttributeAsync("data-code"));
        await page.ShotAsync("coach-in-editor-sv");

        // Saving an activity is allowed: the coach advises, it does not forbid.
        await kr.Locator("[data-testid=kr-target]").FillAsync("100");
        var suggestion = (await hint.Locator("[data-testid=coach-suggestion]").First.InnerTextAsync()).Trim();
        Assert.Contains("kunder", suggestion);
        await hint.Locator("[data-testid=coach-apply]").First.ClickAsync();
        await page.WaitForFunctionAsync("s => document.querySelector('[data-testid=kr-title-input]').value === s", suggestion);
        await kr.Locator("[data-testid=coach-hint][data-classification=outcome]").WaitForAsync();
        await kr.Locator("[data-testid=kr-title-input]").FillAsync("Ringa 100 kalla samtal till butiker i Tyskland");
        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForURLAsync($"{app.BaseUrl}/teams/{team}");
        await page.Locator("[data-testid=team-objective]").Filter(new LocatorFilterOptions { HasText = "Tyska butiker väljer oss" }).WaitForAsync();

        // The health page counts it among the period's findings.
        await page.ClickAsync("[data-testid=nav-health]");
        await page.Locator("[data-testid=health-trend]").WaitForAsync();
        Assert.Contains("Aktiviteter skrivna som nyckelresultat", await page.Locator("[data-testid=health-common]").InnerTextAsync());
        Assert.True(await page.Locator("[data-testid=health-trend] tbody tr").CountAsync() >= 2, "one row per period with objectives");
        await page.ShotAsync("health-sv");
        await page.Context.CloseAsync();
    }
}
