namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TeamRhythmTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_SetsTheTeamsChatWebhook_BadUrlsAreRefusedInline_AndTheStoredUrlIsNeverShown()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var section = page.Locator("[data-testid=team-rhythm]");
        await section.Locator("[data-testid=rhythm-slack]").WaitForAsync();

        await section.Locator("[data-testid=rhythm-slack]").FillAsync("inte en adress");
        await section.Locator("[data-testid=rhythm-save]").ClickAsync();
        await section.Locator(".mud-input-error").First.WaitForAsync();
        Assert.Equal("inte en adress", await section.Locator("[data-testid=rhythm-slack]").InputValueAsync());

        const string secret = "https://hooks.slack.com/services/T000/B000/hemlig-nyckel-123";
        await section.Locator("[data-testid=rhythm-slack]").FillAsync(secret);
        await section.Locator("[data-testid=rhythm-save]").ClickAsync();
        await section.Locator("[data-testid=rhythm-saved]").WaitForAsync();
        var stored = (await page.ApiAsync(app.BaseUrl, $"/api/v1/teams/{team}/rhythm")).GetProperty("slackWebhook").GetString()!;
        Assert.DoesNotContain("hemlig-nyckel-123", stored);
        Assert.DoesNotContain("hemlig-nyckel-123", await page.ContentAsync());

        var viewer = await app.OpenAsync("viewer@fokus.example");
        await viewer.GotoAsync($"{app.BaseUrl}/teams/{team}");
        await viewer.Locator("[data-testid=kr-line]").First.WaitForAsync();
        Assert.Equal(0, await viewer.Locator("[data-testid=team-rhythm]").CountAsync());
        await page.Context.CloseAsync();
        await viewer.Context.CloseAsync();
    }
}
