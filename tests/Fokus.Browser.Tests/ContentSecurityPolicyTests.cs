using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>The main pages under the real Content-Security-Policy in Chromium: nothing refused, and the circuit still works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserApp app)
{
    [Fact]
    public async Task MainPages_LoadWithoutACspViolation_AndStayInteractive()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var violations = await CspWatch.StartAsync(context);
        var page = await context.NewPageAsync();
        violations.Watch(page);

        var login = await page.GotoAsync($"{app.BaseUrl}/login");
        Assert.Contains("frame-ancestors 'none'", (await login!.AllHeadersAsync())["content-security-policy"]);
        Assert.False((await login.AllHeadersAsync()).ContainsKey("server"), "Kestrel names itself in a Server header");
        await page.FillAsync("#email", "admin@fokus.example");
        await page.FillAsync("#password", "fokus-demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{app.BaseUrl}/");

        // Big picture: expanding every row is a round trip over the circuit.
        var nodes = page.Locator("[data-testid=objective-node]");
        await nodes.First.WaitForAsync();
        await page.ClickAsync("[data-testid=collapse-all]");
        var collapsed = await nodes.CountAsync();
        await page.ClickAsync("[data-testid=expand-all]");
        await Expect(nodes).Not.ToHaveCountAsync(collapsed);

        var team = await page.LedTeamAsync(app.BaseUrl);
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var line = page.Locator("[data-testid=kr-line]").First;
        await line.WaitForAsync();
        var kr = await line.GetAttributeAsync("data-kr-id");
        // The check-in dialog needs the circuit and MudBlazor's script.
        await page.Locator("[data-testid=check-in-open]").First.ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=check-in-cancel]");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await page.Locator("svg[data-testid=kr-chart-svg]").WaitForAsync();
        await page.GotoAsync($"{app.BaseUrl}/settings");
        await page.Locator("[data-testid=org-vision]").WaitForAsync();

        // Let late violations (styles, the circuit's WebSocket) arrive before judging.
        await page.WaitForTimeoutAsync(500);
        Assert.Empty(violations.Found);

        // The watch sees what the policy refuses: an injected inline script must not run, and must be reported.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.head.appendChild(s); }");
        await Expect(page.Locator("body")).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => window.__injected === 1"), "an injected inline script ran");
        await page.WaitForFunctionAsync("() => (window.__cspViolations ?? []).length > 0");
        await page.WaitForTimeoutAsync(200);
        Assert.Contains(violations.Found, v => v.Contains("script-src", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    [Fact]
    public async Task ApiReference_LoadsUnderItsOwnPolicy_WithoutAViolation()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var violations = await CspWatch.StartAsync(context);
        var page = await app.SignInAsync("member@fokus.example", context);
        violations.Watch(page);
        var reference = await page.GotoAsync($"{app.BaseUrl}/reference/");
        Assert.Contains("frame-ancestors 'none'", (await reference!.AllHeadersAsync())["content-security-policy"]);
        // The operations appear once Scalar's scripts ran and fetched the OpenAPI document.
        await Expect(page.Locator("a[href*='#tag/']").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(500);
        // The one refusal allowed: zod in Scalar's bundle probes `Function('')` and, refused, validates without compiling.
        var others = violations.Found.Where(v => !v.Contains("blocked eval", StringComparison.Ordinal) && !v.Contains("'unsafe-eval'", StringComparison.Ordinal));
        Assert.True(!others.Any(), "refused: " + string.Join(" | ", others));
        await context.CloseAsync();
    }
}
