using System.Text.Json;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageAndAccessibilityTests(BrowserApp app)
{
    [Fact]
    public async Task Numbers_AreFormattedForTheLanguage_SwedishAndEnglish()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        var period = (await page.ApiAsync(app.BaseUrl, "/api/v1/periods/current")).GetProperty("id").GetString();
        var created = await page.APIRequest.PostAsync($"{app.BaseUrl}/api/v1/objectives", new APIRequestContextOptions
        {
            DataObject = new
            {
                title = "Fler betalande klubbmedlemmar", level = "team", ownerTeamId = team, periodId = period,
                keyResults = new object[]
                {
                    new { title = "Intäkt från klubben", type = "currency", currencyCode = "SEK", startValue = 0, targetValue = 1234.5, direction = "increase" },
                    new { title = "Betalande medlemmar", type = "number", unit = "st", startValue = 1000, targetValue = 2500.25, direction = "increase" },
                },
            },
        });
        Assert.Equal(201, created.Status);
        var id = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetString();

        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var card = page.Locator($"[data-objective-id='{id}']");
        await card.WaitForAsync();
        var sv = ObjectiveFlowTests.Normalise(await card.InnerTextAsync());
        Assert.Contains("1 234,5 kr", sv);
        Assert.Contains("2 500,25 st", sv);

        await page.ClickAsync("[data-testid=language-switch]");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        await card.WaitForAsync();
        var en = ObjectiveFlowTests.Normalise(await card.InnerTextAsync());
        Assert.Contains("1,234.5 SEK", en);
        Assert.Contains("2,500.25 st", en);
        Assert.Contains("Team objective", en);
        await page.ShotAsync("team-page-en");

        // The choice is remembered for the person: a new browser opens in English.
        var again = await app.OpenAsync("lead@fokus.example");
        Assert.Equal("en", await again.GetAttributeAsync("html", "lang"));
        await again.ClickAsync("[data-testid=language-switch]");
        await again.WaitForFunctionAsync("() => document.documentElement.lang === 'sv'");
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task MainPages_HaveNoSeriousAxeViolations_AndHoldAtPhoneWidth()
    {
        var desktop = await app.OpenAsync("admin@fokus.example");
        var phone = await app.OpenAsync("admin@fokus.example", width: 390);
        var team = (await desktop.ApiAsync(app.BaseUrl, "/api/v1/teams?search=E-handel")).GetProperty("items")[0].GetProperty("id").GetString();
        var kr = (await desktop.ApiAsync(app.BaseUrl, "/api/v1/key-results?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString();
        string[] pages = ["/", "/my-focus", "/teams", $"/teams/{team}", "/objectives/new", "/periods", "/settings", $"/key-results/{kr}", "/health"];
        var problems = new List<string>();
        foreach (var path in pages)
        {
            foreach (var page in new[] { desktop, phone })
            {
                await page.GotoAsync(app.BaseUrl + path);
                await page.Locator("h1").First.WaitForAsync();
                await page.WaitForFunctionAsync("() => !document.querySelector('[data-testid=loading]')");
                var name = path == "/" ? "big-picture" : path.Trim('/').Split('/')[0];
                if (page == desktop)
                {
                    problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}: {v}"));
                    await page.ShotAsync($"{name}-desktop");
                }
                else
                {
                    if (await page.ScrollsSidewaysAsync()) problems.Add($"{path}: scrolls sideways at 390 px");
                    await page.ShotAsync($"{name}-390");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await desktop.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task CheckIn_WorksFromTheKeyboard()
    {
        var page = await app.OpenAsync("member@fokus.example");
        await page.ClickAsync("[data-testid=nav-my-focus]");
        await page.Locator("[data-testid=check-in-open]").First.WaitForAsync();
        for (var i = 0; i < 80 && !await page.EvaluateAsync<bool>("() => document.activeElement?.dataset.testid === 'check-in-open'"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("check-in-open", await page.EvaluateAsync<string>("() => document.activeElement?.dataset.testid ?? ''"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=check-in-dialog]").WaitForAsync();
        // The dialog is ready for keys once its first field has taken the focus.
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('.mud-dialog') != null");
        // Under a loaded machine MudBlazor's key listener may attach a moment after the focus; Escape is pressed again then.
        for (var attempt = 0; attempt < 3 && await page.Locator("[data-testid=check-in-dialog]").CountAsync() > 0; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try { await page.Locator("[data-testid=check-in-dialog]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 3000 }); }
            catch (TimeoutException) { }
        }
        Assert.Equal(0, await page.Locator("[data-testid=check-in-dialog]").CountAsync());
        await page.Context.CloseAsync();
    }
}
