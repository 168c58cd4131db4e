using System.Text;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ImportTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_UploadsACsv_SeesThePreview_Applies_AndFindsTheObjectiveOnTheTeamPage()
    {
        var page = await app.OpenAsync("admin@fokus.example");
        var team = (await page.ApiAsync(app.BaseUrl, "/api/v1/teams?pageSize=1")).GetProperty("items")[0];
        var teamName = team.GetProperty("name").GetString()!;
        var title = $"Importerat mål {Guid.NewGuid():N}"[..26];
        var csv = "Mål;Team;Nyckelresultat;Start;Målvärde;Nuvarande\n" +
            $"{title};{teamName};Andel kunder som handlar igen;20;35,5;22\n" +
            ";;Ringa 100 kalla samtal i veckan;0;100;\n";

        await page.GotoAsync($"{app.BaseUrl}/import");
        await page.Locator("[data-testid=import-choose]").WaitForAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-testid=import-choose]').disabled");
        await page.Locator("[data-testid=import-upload] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "okr.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });

        // Reading, planning and resolving run on the server; on a loaded two-core machine that can take a while.
        var slow = new LocatorWaitForOptions { Timeout = 90_000 };
        var preview = page.Locator("[data-testid=import-preview]");
        await preview.WaitForAsync(slow);
        Assert.Contains("2", await page.Locator("[data-testid=import-summary]").InnerTextAsync());
        Assert.Equal(1, await page.Locator("[data-testid=import-item]").CountAsync());
        // The coach marks "call 100 customers a week" as an activity, not an outcome.
        Assert.Equal(1, await page.Locator("[data-testid=import-activity]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=import-errors]").CountAsync());
        await page.ShotAsync("import-preview-sv");
        Assert.Empty(await page.AxeViolationsAsync());

        await page.ClickAsync("[data-testid=import-apply]");
        await page.Locator("[data-testid=import-result]").WaitForAsync(slow);
        await page.ShotAsync("import-result-sv");
        await page.Locator("[data-testid=import-team-link]").Filter(new LocatorFilterOptions { HasText = teamName }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/teams/{team.GetProperty("id").GetGuid()}");
        var card = page.Locator("[data-testid=team-objective]").Filter(new LocatorFilterOptions { HasText = title });
        await card.WaitForAsync(slow);
        Assert.Equal(2, await card.Locator("[data-testid=kr-line]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Members_DoNotSeeTheImportLink_AndThePageSaysWhy()
    {
        var page = await app.OpenAsync("member@fokus.example");
        Assert.Equal(0, await page.Locator("[data-testid=nav-import]").CountAsync());
        await page.GotoAsync($"{app.BaseUrl}/import");
        await page.Locator("[data-testid=import-not-allowed]").WaitForAsync();
        await page.Context.CloseAsync();
    }
}
