using System.Text.Json;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class QuarterReviewTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_ScoresReflectsDecides_CarriesOver_AndClosesAPeriod_InTheWizard()
    {
        var page = await app.OpenAsync("admin@fokus.example");
        var team = (await page.ApiAsync(app.BaseUrl, "/api/v1/teams?search=E-handel")).GetProperty("items")[0].GetProperty("id").GetString();
        var period = await PostAsync(page, "/api/v1/periods", new { kind = "custom", name = "Testkvartal 2025", startDate = "2025-01-01", endDate = "2025-03-31", state = "active" });
        var objective = await PostAsync(page, "/api/v1/objectives", new
        {
            title = "Kunderna hittar hem till oss", level = "team", ownerTeamId = team, periodId = period.GetProperty("id").GetString(),
            keyResults = new object[]
            {
                new { title = "Besökare från sök per vecka", type = "number", unit = "st", startValue = 1000, targetValue = 2000, direction = "increase" },
                new { title = "Andel som hittar rätt på första försöket", type = "percent", startValue = 40, targetValue = 70, direction = "increase" },
            },
        });
        var firstKr = objective.GetProperty("keyResults")[0].GetProperty("id").GetString();
        await PostAsync(page, $"/api/v1/key-results/{firstKr}/check-ins", new { value = 1800, confidence = 8 });

        await page.GotoAsync($"{app.BaseUrl}/periods/{period.GetProperty("id").GetString()}/review?team={team}");
        var card = page.Locator("[data-testid=review-objective]").First;
        await card.WaitForAsync();
        await page.ShotAsync("quarter-review-score-sv");
        Assert.Equal("0,8", await card.Locator("[data-testid=review-score]").First.InputValueAsync()); // 1 800 of 1 000 → 2 000 suggests 0.8
        await page.ClickAsync("[data-testid=review-save-next]");

        await card.Locator("[data-testid=review-worked]").FillAsync("Sökordsarbetet gav snabb effekt");
        await card.Locator("[data-testid=review-differently]").FillAsync("Mäta andelen som hittar rätt varje vecka");
        await page.ClickAsync("[data-testid=review-save-next]");

        await card.Locator("[data-testid=decision-keep]").ClickAsync();
        // Keeping carries every key result at first; the person unticks what ends.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=review-carry]:checked, [data-testid=review-carry] input:checked').length === 2");
        await card.Locator("[data-testid=review-carry]").Nth(1).ClickAsync(); // the second key result ends here
        await page.ShotAsync("quarter-review-decide-sv");
        await page.ClickAsync("[data-testid=review-save-next]");

        await page.ClickAsync("[data-testid=review-carry-over]");
        await page.Locator("[data-testid=review-carried]").WaitForAsync();
        var draftLink = await page.Locator("[data-testid=review-next] a").First.GetAttributeAsync("href");
        var draft = await page.ApiAsync(app.BaseUrl, "/api/v1/objectives/" + draftLink!.Split('/')[2]);
        var kr = Assert.Single(draft.GetProperty("keyResults").EnumerateArray());
        Assert.Equal((1800m, 2000m, "draft"), (kr.GetProperty("startValue").GetDecimal(), kr.GetProperty("targetValue").GetDecimal(), draft.GetProperty("state").GetString()));

        await page.ClickAsync("[data-testid=review-step-5]");
        await page.ClickAsync("[data-testid=review-close-confirm]");
        await page.ClickAsync("[data-testid=review-close-button]");
        await page.Locator("[data-testid=review-closed]").WaitForAsync();
        Assert.Empty(await page.AxeViolationsAsync());

        await page.ClickAsync("[data-testid=review-report-link]");
        await page.Locator("[data-testid=report-learning]").WaitForAsync();
        Assert.Contains("Mäta andelen som hittar rätt varje vecka", await page.Locator("[data-testid=report-learning]").InnerTextAsync());
        Assert.Equal("1", (await page.Locator("[data-testid=band-high]").InnerTextAsync()).Trim());
        Assert.Empty(await page.AxeViolationsAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".mud-appbar").IsVisibleAsync(), "the app bar prints");
        await page.ShotAsync("period-report-print-sv");
        await page.Context.CloseAsync();
    }

    private static async Task<JsonElement> PostAsync(IPage page, string path, object body)
    {
        var response = await page.APIRequest.PostAsync(page.Url.Split("/", 4)[0] + "//" + page.Url.Split("/", 4)[2] + path,
            new APIRequestContextOptions { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }
}
