using System.Text.Json;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LiveLanguageTests(BrowserApp app)
{
    [Fact]
    public async Task ALiveUpdate_FromSomeoneWorkingInEnglish_KeepsASwedishPageSwedish()
    {
        var lead = await app.OpenAsync("lead@fokus.example");
        var team = await lead.LedTeamAsync(app.BaseUrl);
        await lead.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var line = lead.Locator("[data-testid=kr-line]").First;
        await line.WaitForAsync();
        var kr = await line.GetAttributeAsync("data-kr-id");

        // The lead checks in through the API, with an English request: the save runs in English.
        var api = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en" },
        });
        var login = await api.APIRequest.PostAsync($"{app.BaseUrl}/api/v1/auth/login",
            new APIRequestContextOptions { DataObject = new { email = "lead@fokus.example", password = "fokus-demo" } });
        var token = JsonDocument.Parse(await login.TextAsync()).RootElement.GetProperty("accessToken").GetString();
        var saved = await api.APIRequest.PostAsync($"{app.BaseUrl}/api/v1/key-results/{kr}/check-ins", new APIRequestContextOptions
        {
            DataObject = new { value = 4.5, confidence = 6 },
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        });
        Assert.Equal(201, saved.Status);

        var age = lead.Locator($"[data-kr-id='{kr}'] [data-testid=check-in-age]");
        await age.Filter(new LocatorFilterOptions { HasText = "i dag" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        Assert.Equal("Mål och nyckelresultat", (await lead.Locator("#team-objectives-heading, h2:has-text('Mål och nyckelresultat')").First.InnerTextAsync()).Trim());
        Assert.DoesNotContain("checked in", await lead.Locator("main, .mud-main-content").First.InnerTextAsync());
        await lead.Context.CloseAsync();
        await api.CloseAsync();
    }
}
