using System.Globalization;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ObjectiveFlowTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_CreatesAnObjectiveWithThreeKeyResults_ChecksIn_AndSeesProgressOnTheTeamPageAndTheBigPicture()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        await page.ClickAsync("[data-testid=new-team-objective]");
        await page.Locator("[data-testid=objective-title-input]").WaitForAsync();

        var title = $"Kunderna hittar rätt storlek direkt {Guid.NewGuid():N}"[..44];
        await page.FillAsync("[data-testid=objective-title-input]", title);
        string[] krs = ["Andel returer på grund av fel storlek", "Betyg på storleksguiden", "Kunder som använder storleksguiden"];
        for (var i = 0; i < krs.Length; i++)
        {
            if (i > 0) await page.ClickAsync("[data-testid=add-kr]");
            var editor = page.Locator("[data-testid=kr-editor]").Nth(i);
            await editor.Locator("[data-testid=kr-title-input]").FillAsync(krs[i]);
            await editor.Locator("[data-testid=kr-start]").FillAsync("0");
            await editor.Locator("[data-testid=kr-target]").FillAsync((100 * (i + 1)).ToString(CultureInfo.InvariantCulture));
        }
        await page.ShotAsync("objective-editor-sv");
        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForURLAsync($"{app.BaseUrl}/teams/{team}");

        var card = page.Locator("[data-testid=team-objective]").Filter(new LocatorFilterOptions { HasText = title });
        await card.WaitForAsync();
        Assert.Equal(3, await card.Locator("[data-testid=kr-line]").CountAsync());
        Assert.Equal("0 %", Normalise(await card.Locator("[data-testid=objective-progress]").InnerTextAsync()));

        // Check in half-way on the first key result, from the team page.
        await card.Locator("[data-testid=check-in-open]").First.ClickAsync();
        var dialog = page.Locator("[data-testid=check-in-dialog]");
        await dialog.WaitForAsync();
        await page.FillAsync("[data-testid=check-in-value]", "50");
        await page.FillAsync("[data-testid=check-in-went-well]", "Storleksguiden är ute i alla kanaler");
        await page.Locator("[data-testid=check-in-after]").Filter(new LocatorFilterOptions { HasText = "50" }).WaitForAsync();
        await page.ClickAsync("[data-testid=check-in-save]");
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        // 50 of 100 on one of three equally weighted key results: the objective is at 17 %.
        await card.Locator("[data-testid=objective-progress]").Filter(new LocatorFilterOptions { HasText = "17" }).WaitForAsync();
        Assert.Equal("50 %", Normalise(await card.Locator("[data-testid=kr-progress]").First.InnerTextAsync()));
        await page.ShotAsync("team-page-sv");

        await page.ClickAsync("[data-testid=nav-big-picture]");
        await page.Locator("[data-testid=big-picture-search]").FillAsync(title[..30]);
        var node = page.Locator("[data-testid=objective-node]").Filter(new LocatorFilterOptions { HasText = title });
        await node.WaitForAsync();
        Assert.Equal("17 %", Normalise(await node.Locator("[data-testid=objective-progress]").InnerTextAsync()));
        await page.ShotAsync("big-picture-filtered-sv");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_ShowsInlineErrors_AndKeepsWhatWasTyped()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/objectives/new");
        await page.Locator("[data-testid=objective-title-input]").WaitForAsync();
        await page.FillAsync("[data-testid=objective-title-input]", "Ett mål utan mätbara resultat");
        await page.Locator("[data-testid=kr-editor] [data-testid=kr-title-input]").FillAsync("Nöjdare kunder");
        await page.ClickAsync("[data-testid=editor-save]");
        await page.Locator("[data-testid=editor-errors]").WaitForAsync();
        Assert.Contains("Obligatoriskt", await page.Locator("[data-testid=kr-editor]").InnerTextAsync());
        Assert.Equal("Ett mål utan mätbara resultat", await page.InputValueAsync("[data-testid=objective-title-input]"));
        Assert.Equal("Nöjdare kunder", await page.Locator("[data-testid=kr-editor] [data-testid=kr-title-input]").InputValueAsync());
        Assert.EndsWith("/objectives/new", page.Url);
        await page.Context.CloseAsync();
    }

    internal static string Normalise(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();
}
