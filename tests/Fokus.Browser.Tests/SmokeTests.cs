using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_SignsIn_AndSeesTheBigPicture()
    {
        var page = await app.SignInAsync("lead@fokus.example");
        await page.Locator("[data-testid=vision]").WaitForAsync();
        var vision = await page.Locator("[data-testid=vision]").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(vision));
        Assert.DoesNotContain("Ingen vision", vision);
        var nodes = page.Locator("[data-testid=objective-node]");
        await nodes.First.WaitForAsync();
        Assert.True(await nodes.CountAsync() >= 3);
        var progress = await page.Locator("[data-testid=objective-progress]").First.InnerTextAsync();
        Assert.Matches(@"^\d{1,3}\s?%$", progress.Replace('\u00a0', ' '));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "big-picture-sv.png"), FullPage = true });
    }

    [Fact]
    public async Task WrongPassword_ShowsAnInlineMessage_AndKeepsTheEmail()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/login");
        await page.FillAsync("#email", "viewer@fokus.example");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");
        var error = page.Locator("[data-testid=login-error]");
        await error.WaitForAsync();
        Assert.Equal("Fel e-post eller lösenord.", await error.InnerTextAsync());
        Assert.Equal("viewer@fokus.example", await page.InputValueAsync("#email"));
    }
}
