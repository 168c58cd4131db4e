using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class KeyResultPageTests(BrowserApp app)
{
    [Fact]
    public async Task Member_SeesChartAndHistory_CheersACheckIn_CommentsOnIt_AndSeesANewCheckInLive()
    {
        using var api = await app.ApiAsync("member@fokus.example");
        var kr = await CheckedInKeyResultAsync(api);
        var page = await app.SignInAsync("member@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await LiveAsync(page);
        await page.Locator("[data-testid=kr-title]").WaitForAsync();

        var svg = page.Locator("svg[data-testid=kr-chart-svg]");
        Assert.Equal("img", await svg.GetAttributeAsync("role"));
        Assert.False(string.IsNullOrWhiteSpace(await svg.GetAttributeAsync("aria-label")));
        Assert.Equal(1, await svg.Locator("[data-testid=kr-chart-target]").CountAsync());
        Assert.Equal(1, await svg.Locator("[data-testid=kr-chart-expected]").CountAsync());
        Assert.True(await svg.Locator("[data-testid=kr-chart-point]").CountAsync() >= 2, "the start and at least one check-in");
        Assert.True(await page.Locator("[data-testid=kr-chart-table] tbody tr").CountAsync() >= 2);
        await Expect(page.Locator("[data-testid=check-in-open]")).ToBeVisibleAsync();

        var entry = page.Locator("[data-testid=checkin-entry]").First;
        await Expect(entry).ToBeVisibleAsync();
        var cheer = entry.Locator("[data-testid=reaction-cheer]");
        var before = int.Parse((await cheer.GetAttributeAsync("data-count"))!);
        var wasMine = await cheer.GetAttributeAsync("aria-pressed") == "true";
        await cheer.ClickAsync();
        await Expect(cheer).ToHaveAttributeAsync("aria-pressed", wasMine ? "false" : "true");
        await Expect(cheer).ToHaveAttributeAsync("data-count", (before + (wasMine ? -1 : 1)).ToString());

        var toggle = entry.Locator("[data-testid=comments-toggle]");
        var comments = int.Parse(System.Text.RegularExpressions.Regex.Match(await toggle.InnerTextAsync(), @"\((\d+)\)").Groups[1].Value);
        await toggle.ClickAsync();
        var text = $"Snyggt jobbat! {Guid.NewGuid():N}";
        await entry.Locator("[data-testid=comment-input] textarea, textarea[data-testid=comment-input]").First.FillAsync(text);
        await entry.Locator("[data-testid=comment-send]").ClickAsync();
        await Expect(entry.Locator("[data-testid=comment-text]", new() { HasTextString = text })).ToBeVisibleAsync();
        await Expect(toggle).ToContainTextAsync($"({comments + 1})");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "key-result-member-sv.png"), FullPage = true });
        await ChartShotAsync(page, "key-result-chart-sv.png");

        // Someone checks in elsewhere: the open page redraws the chart and the history without a reload.
        var points = await svg.Locator("[data-testid=kr-chart-point]").CountAsync();
        var current = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/key-results/{kr}")).GetProperty("currentValue").GetDecimal();
        var note = $"Live {Guid.NewGuid():N}";
        var checkIn = await api.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = current, done = true, confidence = 9, note });
        Assert.True(checkIn.IsSuccessStatusCode, await checkIn.Content.ReadAsStringAsync());
        await Expect(svg.Locator("[data-testid=kr-chart-point]")).ToHaveCountAsync(points + 1);
        await Expect(page.Locator("[data-testid=checkin-entry]").First).ToContainTextAsync(note);
    }

    [Fact]
    public async Task Viewer_ReadsOnly_AtPhoneWidth_AndAnUnknownIdIsAFriendlyNotFound()
    {
        using var api = await app.ApiAsync("member@fokus.example");
        var kr = await CheckedInKeyResultAsync(api);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "sv-SE", ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await app.SignInAsync("viewer@fokus.example", context);
        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await LiveAsync(page);
        var entry = page.Locator("[data-testid=checkin-entry]").First;
        await Expect(entry).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=kr-chart-target]")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("[data-testid=check-in-open]").CountAsync());
        await Expect(entry.Locator("[data-testid=reaction-cheer]")).ToBeDisabledAsync();
        await entry.Locator("[data-testid=comments-toggle]").ClickAsync();
        await Expect(entry.Locator("[data-testid=comments]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=comment-input]").CountAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the key-result page scrolls sideways at 390 px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "key-result-viewer-390.png"), FullPage = true });
        await ChartShotAsync(page, "key-result-chart-390.png");

        await page.GotoAsync($"{app.BaseUrl}/key-results/{Guid.NewGuid()}");
        await Expect(page.Locator("[data-testid=kr-not-found]")).ToBeVisibleAsync();
    }

    /// <summary>The chart alone, cut from the top of the page so the fixed app bar never covers it.</summary>
    private static async Task ChartShotAsync(IPage page, string file)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var box = (await page.Locator("[data-testid=kr-chart]").BoundingBoxAsync())!;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserApp.ArtifactsFolder, file), FullPage = true,
            Clip = new Clip { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height },
        });
    }

    /// <summary>Waits until the prerendered page is interactive, so clicks reach the server.</summary>
    private static Task LiveAsync(IPage page) => page.Locator("[data-testid=kr-page][data-interactive=true]").WaitForAsync();

    /// <summary>A key result of the current (open) period, owned by the signed-in person, with at least two check-ins.</summary>
    private static async Task<Guid> CheckedInKeyResultAsync(HttpClient http)
    {
        var me = await http.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var period = await http.GetFromJsonAsync<JsonElement>("/api/v1/periods/current");
        var owned = await http.GetFromJsonAsync<JsonElement>(
            $"/api/v1/key-results?ownerPersonId={me.GetProperty("personId").GetGuid()}&periodId={period.GetProperty("id").GetGuid()}&pageSize=100");
        // A measured key result first: its chart has value labels, not just done / not done.
        foreach (var kr in owned.GetProperty("items").EnumerateArray()
                     .Where(k => k.GetProperty("lastCheckInAt").ValueKind != JsonValueKind.Null)
                     .OrderBy(k => k.GetProperty("type").GetString() == "milestone"))
        {
            var id = kr.GetProperty("id").GetGuid();
            var history = await http.GetFromJsonAsync<JsonElement>($"/api/v1/key-results/{id}/check-ins?pageSize=1");
            if (history.GetProperty("total").GetInt32() >= 2) return id;
        }
        throw new InvalidOperationException("the person owns no key result with two check-ins in the demo");
    }
}
