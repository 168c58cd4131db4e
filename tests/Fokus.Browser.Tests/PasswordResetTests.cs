using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>
/// Forgot password in Chromium: the login page's link, the request form, the reset page from the link, sign-in with
/// the new password, and the same link refused a second time. The shared app sends no e-mail (no SMTP server), so
/// the link is made the way the mail makes it (Identity's reset token); Fokus.Web.Tests checks the mail itself.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordResetTests(BrowserApp app)
{
    private const string OldPassword = "lingonberry-harbour-42";
    private const string NewPassword = "cloudberry-meadow-77";

    [Fact]
    public async Task ForgotPassword_ResetLink_SetsANewPassword_Once()
    {
        var email = await NewPersonAsync();
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/login");
        await page.ClickAsync("[data-testid=forgot-password]");
        // blazor.web.js swaps the page in (enhanced navigation): wait for the new form, since the login page has an #email too.
        await page.Locator("[data-testid=forgot-submit]").WaitForAsync();
        Assert.Equal($"{app.BaseUrl}/forgot-password", page.Url);
        await page.FillAsync("#email", email);
        await page.ClickAsync("[data-testid=forgot-submit]");
        Assert.Contains("Om det finns ett konto", await page.Locator("[data-testid=forgot-sent]").InnerTextAsync());

        var link = await ResetLinkAsync(email);
        await page.GotoAsync(link);
        await page.FillAsync("#new-password", "short");
        await page.FillAsync("#confirm-password", "short");
        await page.ClickAsync("[data-testid=reset-submit]");
        Assert.Contains("minst 10 tecken", await page.Locator("[data-testid=reset-error]").First.InnerTextAsync());
        Assert.Equal("", await page.InputValueAsync("#new-password"));

        await page.FillAsync("#new-password", NewPassword);
        await page.FillAsync("#confirm-password", NewPassword);
        await page.ClickAsync("[data-testid=reset-submit]");
        await page.Locator("[data-testid=reset-done]").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "reset-password-done-sv.png") });

        await page.ClickAsync("[data-testid=reset-login]");
        await page.Locator("#password").WaitForAsync();
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", NewPassword);
        await page.ClickAsync("button[type=submit]");
        await SignedInAsync(page);

        // The same link again: refused, in words.
        var second = await (await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" })).NewPageAsync();
        await second.GotoAsync(link);
        await second.FillAsync("#new-password", "yet-another-passphrase");
        await second.FillAsync("#confirm-password", "yet-another-passphrase");
        await second.ClickAsync("[data-testid=reset-submit]");
        Assert.Contains("redan använts", await second.Locator("[data-testid=reset-error]").First.InnerTextAsync());
    }

    [Fact]
    public async Task ChangePassword_FromTheUserMenu_KeepsTheSessionSignedIn()
    {
        var email = await NewPersonAsync();
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", OldPassword);
        await page.ClickAsync("button[type=submit]");
        await SignedInAsync(page);
        await page.ClickAsync("[data-testid=nav-change-password]");
        await page.Locator("[data-testid=change-submit]").WaitForAsync();
        Assert.Equal($"{app.BaseUrl}/account/password", page.Url);
        await page.FillAsync("#current-password", OldPassword);
        await page.FillAsync("#new-password", NewPassword);
        await page.FillAsync("#confirm-password", NewPassword);
        await page.ClickAsync("[data-testid=change-submit]");
        await page.Locator("[data-testid=change-done]").WaitForAsync();
        // Still signed in: the big picture opens without a detour to the login page.
        await page.GotoAsync($"{app.BaseUrl}/");
        await page.Locator("[data-testid=vision]").WaitForAsync();
        Assert.Equal($"{app.BaseUrl}/", page.Url);
    }

    /// <summary>Signed in: the form redirected to the big picture (the URL is enough; the page's load is not what is tested here).</summary>
    private Task SignedInAsync(IPage page) =>
        page.WaitForURLAsync($"{app.BaseUrl}/", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });

    private async Task<string> NewPersonAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@fokus.example", password = "fokus-demo" });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var email = $"reset-{Guid.NewGuid():N}@fokus.example";
        var created = await http.PostAsJsonAsync("/api/v1/people", new
        {
            name = "Rut Återställd", email, title = "", role = "member", language = "sv", password = OldPassword, teamIds = Array.Empty<Guid>(),
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return email;
    }

    private async Task<string> ResetLinkAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FokusUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{app.BaseUrl}/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}";
    }
}
