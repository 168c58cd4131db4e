using System.Text.Json;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>Helpers the flows share: sign-in contexts, the signed-in person's ids, screenshots and the axe scan.</summary>
public static class BrowserPages
{
    public static async Task<IPage> OpenAsync(this BrowserApp app, string email, string locale = "sv-SE", int width = 1280)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await app.SignInAsync(email, context);
    }

    /// <summary>GET an API path with the page's cookie; the UI and the API share one sign-in.</summary>
    public static async Task<JsonElement> ApiAsync(this IPage page, string baseUrl, string path)
    {
        var response = await page.APIRequest.GetAsync(baseUrl + path);
        Assert.True(response.Ok, $"GET {path} answered {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }

    public static async Task<Guid> LedTeamAsync(this IPage page, string baseUrl) =>
        (await page.ApiAsync(baseUrl, "/api/v1/me")).GetProperty("ledTeamIds")[0].GetGuid();

    public static Task ShotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, name + ".png"), FullPage = true });

    /// <summary>Runs axe-core (from npm, installed by test.sh) and answers the serious and critical violations.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        // Evaluated through DevTools, not added as a <script>: the page's Content-Security-Policy refuses inline scripts.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript()) + "\n;0");
        var found = await page.EvaluateAsync<string[]>(
            """
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        return found;
    }

    public static Task<bool> ScrollsSidewaysAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");

    /// <summary>Picks an option in an open MudBlazor list by its text.</summary>
    public static async Task PickAsync(this IPage page, string openSelector, string optionText)
    {
        await page.ClickAsync(openSelector);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = optionText }).First.ClickAsync();
    }

    private static string AxeScript()
    {
        var configured = Environment.GetEnvironmentVariable("FOKUS_TEST_AXE");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("axe-core is not installed: run the tests through ./test.sh, which installs it from npm.");
    }
}
