using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>Issue #9 §3 in the check-in dialog: an impossible percent is refused inline, a far-out value is asked about.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlausibleValueTests(BrowserApp app)
{
    [Fact]
    public async Task OutOfRangePercent_IsRefusedInline_AndAnOutlierIsAskedAboutThenSavedWhenConfirmed()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        var period = (await page.ApiAsync(app.BaseUrl, "/api/v1/periods/current")).GetProperty("id").GetString();
        var objective = await PostAsync(page, "/api/v1/objectives", new
        {
            title = $"Kunderna kommer tillbaka {Guid.NewGuid():N}"[..40], level = "team", ownerTeamId = team, periodId = period,
            keyResults = new object[]
            {
                new { title = "Andel kunder som handlar igen", type = "percent", startValue = 20, targetValue = 60, direction = "increase" },
                new { title = "Butiker med återbruk", type = "number", unit = "st", startValue = 10, targetValue = 20, direction = "increase" },
            },
        });
        var percentKr = objective.GetProperty("keyResults")[0].GetProperty("id").GetString();
        var numberKr = objective.GetProperty("keyResults")[1].GetProperty("id").GetString();

        // 250 % on a key result that stays within 0–100 %: the dialog stays open and says why, in Swedish.
        var dialog = await OpenCheckInAsync(page, percentKr!);
        await page.FillAsync("[data-testid=check-in-value]", "250");
        await page.ClickAsync("[data-testid=check-in-save]");
        await Expect(dialog).ToContainTextAsync("mellan 0 och 100");
        await page.ShotAsync("plausible-percent-refused-sv");
        await page.ClickAsync("[data-testid=check-in-cancel]");
        var history = await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results/{percentKr}/check-ins");
        Assert.Equal(0, history.GetProperty("total").GetInt32());

        // 500 where the range is 10 → 20: the dialog asks first, and saves once the person says yes.
        dialog = await OpenCheckInAsync(page, numberKr!);
        await page.FillAsync("[data-testid=check-in-value]", "500");
        await page.ClickAsync("[data-testid=check-in-save]");
        var question = page.Locator("[data-testid=check-in-outlier]");
        await Expect(question).ToBeVisibleAsync();
        await Expect(question).ToContainTextAsync("Stämmer det?");
        await page.ShotAsync("plausible-outlier-question-sv");
        Assert.Null((await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results/{numberKr}")).GetProperty("lastCheckInAt").GetString());
        await page.ClickAsync("[data-testid=check-in-confirm-outlier]");
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        var kr = await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results/{numberKr}");
        Assert.Equal(500m, kr.GetProperty("currentValue").GetDecimal());
        await page.Context.CloseAsync();
    }

    private async Task<ILocator> OpenCheckInAsync(IPage page, string keyResultId)
    {
        await page.GotoAsync($"{app.BaseUrl}/key-results/{keyResultId}");
        await page.Locator("[data-testid=kr-page][data-interactive=true]").WaitForAsync();
        await page.ClickAsync("[data-testid=check-in-open]");
        var dialog = page.Locator("[data-testid=check-in-dialog]");
        await dialog.WaitForAsync();
        return dialog;
    }

    private async Task<JsonElement> PostAsync(IPage page, string path, object body)
    {
        var response = await page.APIRequest.PostAsync(app.BaseUrl + path, new APIRequestContextOptions { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }
}
