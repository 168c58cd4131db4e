using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>Issue #9 §2: a number is read in the reader's culture, and where it could mean two things the field asks.
/// Leads of teams no other browser test signs in as, so switching their language disturbs nobody.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NumberInputTests(BrowserApp app)
{
    [Fact]
    public async Task English_TypingTwoCommaSixtyOne_AsksAndNeverStores261_AcceptingStores2Point61()
    {
        var page = await SignedInAsync("fatima.haddad@fokus.example", "en", "en-US");
        var kr = await KeyResultAsync(page, "Repairs done within a week", 10);
        var dialog = await OpenCheckInAsync(page, kr);

        await page.FillAsync("[data-testid=check-in-value]", "2,61");
        var question = dialog.Locator("[data-testid=number-question]");
        await Expect(question).ToContainTextAsync("Did you mean 2.61?");
        Assert.Equal("2,61", await page.InputValueAsync("[data-testid=check-in-value]"));
        await Expect(dialog.Locator("[data-testid=check-in-after]")).ToHaveCountAsync(0);

        // Saving without an answer stores nothing.
        await page.ClickAsync("[data-testid=check-in-save]");
        await Expect(dialog.Locator("[data-testid=check-in-error]")).ToContainTextAsync("not clear yet");
        Assert.Equal(0m, await CurrentValueAsync(page, kr));
        Assert.Equal(0, await CheckInCountAsync(page, kr));

        await question.Locator("[data-testid=number-accept]").ClickAsync();
        Assert.Equal("2.61", await page.InputValueAsync("[data-testid=check-in-value]"));
        await Expect(question).ToHaveCountAsync(0);
        await Expect(dialog.Locator("[data-testid=check-in-error]")).ToHaveCountAsync(0);
        await Expect(dialog.Locator("[data-testid=check-in-after-value]")).ToHaveTextAsync("(2.61)");
        await Expect(dialog.Locator("[data-testid=check-in-after]")).ToHaveTextAsync("26%");
        await page.ShotAsync("number-question-accepted-en");
        await SaveAsync(page, dialog);

        Assert.Equal(2.61m, await CurrentValueAsync(page, kr));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Swedish_TwoPointSixtyOneIsKeptAndAsked_AndOneThousandWithNoBreakSpaceIsOneThousand()
    {
        var page = await SignedInAsync("mikael.holm@fokus.example", "sv", "sv-SE");
        var kr = await KeyResultAsync(page, "Nya återförsäljare i Norden", 2000);
        var dialog = await OpenCheckInAsync(page, kr);

        await page.FillAsync("[data-testid=check-in-value]", "2.61");
        var question = dialog.Locator("[data-testid=number-question]");
        await Expect(question).ToContainTextAsync("Menade du 2,61?");
        Assert.Equal("2.61", await page.InputValueAsync("[data-testid=check-in-value]"));
        await Expect(dialog.Locator("[data-testid=check-in-after]")).ToHaveCountAsync(0);
        await page.ShotAsync("number-question-sv");
        await question.Locator("[data-testid=number-accept]").ClickAsync();
        Assert.Equal("2,61", await page.InputValueAsync("[data-testid=check-in-value]"));
        await Expect(dialog.Locator("[data-testid=check-in-after-value]")).ToHaveTextAsync("(2,61)");
        await SaveAsync(page, dialog);
        Assert.Equal(2.61m, await CurrentValueAsync(page, kr));

        dialog = await OpenCheckInAsync(page, kr);
        await page.FillAsync("[data-testid=check-in-value]", "1\u00A0000");
        await Expect(dialog.Locator("[data-testid=check-in-after-value]")).ToHaveTextAsync("(1\u00A0000)");
        await Expect(dialog.Locator("[data-testid=number-question]")).ToHaveCountAsync(0);
        Assert.Equal("1\u00A0000", await page.InputValueAsync("[data-testid=check-in-value]"));
        await SaveAsync(page, dialog);
        Assert.Equal(1000m, await CurrentValueAsync(page, kr));
        Assert.Equal(2, await CheckInCountAsync(page, kr));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_KeyResultTargetOneCommaFive_IsAskedInTheEditor_AndNotSavedUntilAnswered()
    {
        var page = await SignedInAsync("fatima.haddad@fokus.example", "en", "en-US");
        var team = await page.LedTeamAsync(app.BaseUrl);
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        await page.ClickAsync("[data-testid=new-team-objective]");
        await page.Locator("[data-testid=objective-title-input]").WaitForAsync();
        var title = $"Customers get repairs back sooner {Guid.NewGuid():N}"[..42];
        await page.FillAsync("[data-testid=objective-title-input]", title);
        var editor = page.Locator("[data-testid=kr-editor]").First;
        await editor.Locator("[data-testid=kr-title-input]").FillAsync("Repairs returned within five days");
        await editor.Locator("[data-testid=kr-start]").FillAsync("0");
        await editor.Locator("[data-testid=kr-target]").FillAsync("1,5");
        var question = editor.Locator("[data-testid=number-question]");
        await Expect(question).ToContainTextAsync("Did you mean 1.5?");

        await page.ClickAsync("[data-testid=editor-save]");
        await page.Locator("[data-testid=editor-errors]").WaitForAsync();
        Assert.EndsWith("/objectives/new", new Uri(page.Url).AbsolutePath);
        Assert.Equal("1,5", await editor.Locator("[data-testid=kr-target]").InputValueAsync());

        await question.Locator("[data-testid=number-accept]").ClickAsync();
        Assert.Equal("1.5", await editor.Locator("[data-testid=kr-target]").InputValueAsync());
        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForURLAsync($"{app.BaseUrl}/teams/{team}");

        var objectives = await page.ApiAsync(app.BaseUrl, $"/api/v1/objectives?teamId={team}&pageSize=500");
        var id = objectives.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("title").GetString() == title).GetProperty("id").GetString();
        var saved = await page.ApiAsync(app.BaseUrl, $"/api/v1/objectives/{id}");
        Assert.Equal(1.5m, saved.GetProperty("keyResults")[0].GetProperty("targetValue").GetDecimal());
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAsync(string email, string language, string locale)
    {
        var page = await app.OpenAsync(email, locale);
        var set = await page.APIRequest.PutAsync($"{app.BaseUrl}/api/v1/me/language", new APIRequestContextOptions { DataObject = new { language } });
        Assert.True(set.Ok, $"language answered {set.Status}");
        return page;
    }

    private async Task<Guid> KeyResultAsync(IPage page, string title, decimal target)
    {
        var team = await page.LedTeamAsync(app.BaseUrl);
        var period = (await page.ApiAsync(app.BaseUrl, "/api/v1/periods/current")).GetProperty("id").GetString();
        var created = await page.APIRequest.PostAsync($"{app.BaseUrl}/api/v1/objectives", new APIRequestContextOptions
        {
            DataObject = new
            {
                title = $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)], level = "team", ownerTeamId = team, periodId = period,
                keyResults = new object[] { new { title, type = "number", unit = "", startValue = 0, targetValue = target, direction = "increase" } },
            },
        });
        Assert.Equal(201, created.Status);
        return JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("keyResults")[0].GetProperty("id").GetGuid();
    }

    private async Task<ILocator> OpenCheckInAsync(IPage page, Guid kr)
    {
        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await page.Locator("[data-testid=check-in-open]").First.ClickAsync();
        var dialog = page.Locator("[data-testid=check-in-dialog]");
        await dialog.WaitForAsync();
        return dialog;
    }

    private static async Task SaveAsync(IPage page, ILocator dialog)
    {
        await page.ClickAsync("[data-testid=check-in-save]");
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    private async Task<decimal> CurrentValueAsync(IPage page, Guid kr) =>
        (await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results/{kr}")).GetProperty("currentValue").GetDecimal();

    private async Task<int> CheckInCountAsync(IPage page, Guid kr) =>
        (await page.ApiAsync(app.BaseUrl, $"/api/v1/key-results/{kr}/check-ins")).GetProperty("total").GetInt32();
}
