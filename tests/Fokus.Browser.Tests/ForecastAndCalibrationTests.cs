using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>The forecast on the key-result page and the calibration page, on the Swedish demo organisation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ForecastAndCalibrationTests(BrowserApp app)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task KeyResultPage_ShowsTheForecastSentence_AndTheBandUpToThePeriodEnd()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var (kr, forecast) = await ForecastedKeyResultAsync(page);
        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await page.Locator("[data-testid=kr-page][data-interactive=true]").WaitForAsync();

        var sentence = page.Locator("[data-testid=kr-forecast-sentence]");
        await Expect(sentence).ToBeVisibleAsync();
        var probability = forecast.GetProperty("probability").GetDouble();
        await Expect(sentence).ToContainTextAsync("Prognos:");
        await Expect(sentence).ToContainTextAsync(probability.ToString("P0", Swedish));
        await Expect(sentence).ToContainTextAsync("sannolikhet att nå målvärdet");
        await Expect(page.Locator("[data-testid=kr-forecast-range]")).ToContainTextAsync(
            $"{forecast.GetProperty("basedOnCheckIns").GetInt32()} incheckningar");
        if (probability < 0.5) await Expect(page.Locator("[data-testid=kr-forecast-at-risk]")).ToBeVisibleAsync();
        else Assert.Equal(0, await page.Locator("[data-testid=kr-forecast-at-risk]").CountAsync());

        var svg = page.Locator("svg[data-testid=kr-chart-svg]");
        var band = svg.Locator("[data-testid=kr-chart-forecast-band]");
        await Expect(band).ToHaveCountAsync(1);
        // The band starts at the last check-in and ends at the period end, the chart's right edge (x = 508).
        Assert.Matches(@"^M[\d.]+ [\d.]+ L508 [\d.]+ L508 [\d.]+ Z$", await band.GetAttributeAsync("d"));
        await Expect(svg.Locator("[data-testid=kr-chart-forecast]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=kr-chart-legend-forecast]")).ToContainTextAsync("Prognos");
        Assert.Contains("Prognos vid periodens slut", await svg.GetAttributeAsync("aria-label"));
        await Expect(page.Locator("[data-testid=kr-chart-table-forecast]")).ToHaveCountAsync(1);

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ShotAsync("forecast-key-result-sv");
        var box = (await page.Locator("[data-testid=kr-chart]").BoundingBoxAsync())!;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserApp.ArtifactsFolder, "forecast-chart-sv.png"), FullPage = true,
            Clip = new Clip { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height + 90 },
        });
    }

    [Fact]
    public async Task CalibrationPage_ShowsTheClosedQuartersBrierScore_AndChart_PassesAxe_AndFitsAPhone()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        // Other flows add and close periods of their own (one in 2031, one in 2025): the demo's closed quarter is the latest that has begun.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var closed = (await page.ApiAsync(app.BaseUrl, "/api/v1/periods")).EnumerateArray().First(p => p.GetProperty("state").GetString() == "closed"
            && DateOnly.Parse(p.GetProperty("startDate").GetString()!) <= today);
        var expected = await page.ApiAsync(app.BaseUrl, $"/api/v1/periods/{closed.GetProperty("id").GetGuid()}/calibration");
        var brier = expected.GetProperty("brierScore").GetDouble();
        var used = expected.GetProperty("bins").EnumerateArray().Count(b => b.GetProperty("count").GetInt32() > 0);
        Assert.True(used >= 2, "the demo's closed quarter has check-ins at several confidences");

        await page.GotoAsync($"{app.BaseUrl}/calibration");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kalibrering av tilltro");
        // The latest closed period is chosen by default.
        await Expect(page.Locator("[data-testid=calibration-brier-value]")).ToHaveTextAsync(brier.ToString("0.00", Swedish));
        await Expect(page.Locator("[data-testid=calibration-explained]")).ToContainTextAsync("Brier-poängen");
        var svg = page.Locator("svg[data-testid=calibration-chart-svg]");
        Assert.Equal("img", await svg.GetAttributeAsync("role"));
        Assert.Contains("/10:", await svg.GetAttributeAsync("aria-label"));
        await Expect(svg.Locator("[data-testid=calibration-diagonal]")).ToHaveCountAsync(1);
        await Expect(svg.Locator("[data-testid=calibration-point]")).ToHaveCountAsync(used);
        await Expect(page.Locator("[data-testid=calibration-table] tbody tr")).ToHaveCountAsync(used);
        Assert.True(await page.Locator("[data-testid=calibration-trend] tbody tr").CountAsync() >= 1);
        await Expect(page.Locator("[data-testid=calibration-trend]")).ToContainTextAsync(closed.GetProperty("name").GetString()!);

        Assert.Empty(await page.AxeViolationsAsync());
        await page.ShotAsync("calibration-sv");

        // The lead's team: the page answers what the API answers for that team.
        var team = await page.LedTeamAsync(app.BaseUrl);
        var teamName = (await page.ApiAsync(app.BaseUrl, $"/api/v1/teams/{team}")).GetProperty("name").GetString()!;
        var forTeam = await page.ApiAsync(app.BaseUrl, $"/api/v1/periods/{closed.GetProperty("id").GetGuid()}/calibration?teamId={team}");
        await page.Locator("input[data-testid=calibration-team], [data-testid=calibration-team] input").First.FillAsync(teamName[..6]);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = teamName }).First.ClickAsync();
        var teamBrier = forTeam.GetProperty("brierScore");
        if (teamBrier.ValueKind == JsonValueKind.Null) await Expect(page.Locator("[data-testid=empty-state]")).ToBeVisibleAsync();
        else await Expect(page.Locator("[data-testid=calibration-brier-value]")).ToHaveTextAsync(teamBrier.GetDouble().ToString("0.00", Swedish));

        var phone = await app.OpenAsync("viewer@fokus.example", width: 390);
        await phone.GotoAsync($"{app.BaseUrl}/calibration");
        await Expect(phone.Locator("svg[data-testid=calibration-chart-svg]")).ToBeVisibleAsync();
        Assert.False(await phone.ScrollsSidewaysAsync(), "the calibration page scrolls sideways at 390 px");
        await phone.ShotAsync("calibration-390");
    }

    /// <summary>A measured key result with a forecast band: the current period's first, else the closed quarter's.</summary>
    private async Task<(Guid Id, JsonElement Forecast)> ForecastedKeyResultAsync(IPage page)
    {
        var periods = (await page.ApiAsync(app.BaseUrl, "/api/v1/periods")).EnumerateArray()
            .OrderBy(p => p.GetProperty("state").GetString() == "closed").ToList();
        foreach (var period in periods)
        {
            var krs = await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results?periodId={period.GetProperty("id").GetGuid()}&pageSize=100");
            foreach (var kr in krs.GetProperty("items").EnumerateArray().Where(k => k.GetProperty("type").GetString() != "milestone"))
            {
                var forecast = await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results/{kr.GetProperty("id").GetGuid()}/forecast");
                if (forecast.GetProperty("method").GetString() == "theil-sen-bootstrap" && forecast.GetProperty("basedOnCheckIns").GetInt32() >= 3)
                    return (kr.GetProperty("id").GetGuid(), forecast);
            }
        }
        throw new InvalidOperationException("no demo key result has three check-ins");
    }
}
