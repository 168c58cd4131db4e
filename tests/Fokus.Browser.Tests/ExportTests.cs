using Microsoft.Playwright;
using MiniExcelLibs;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ExportTests(BrowserApp app)
{
    [Fact]
    public async Task TeamPage_ExportToExcel_DownloadsAWorkbookWithTheTeamsObjectives()
    {
        var page = await app.OpenAsync("lead@fokus.example");
        var team = await page.LedTeamAsync(app.BaseUrl);
        var okrs = await page.ApiAsync(app.BaseUrl, $"/api/v1/teams/{team}/okrs");
        var title = okrs.GetProperty("objectives")[0].GetProperty("title").GetString()!;
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var item = page.Locator("[data-testid=export-xlsx]");
        await OpenMenuAsync(page, item);
        await page.ShotAsync("export-menu-sv");
        Assert.Equal("Excel (.xlsx)", (await item.InnerTextAsync()).Trim());

        var download = await page.RunAndWaitForDownloadAsync(() => item.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var path = Path.Combine(BrowserApp.ArtifactsFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        await using var file = File.OpenRead(path);
        Assert.Equal(["Mål", "Nyckelresultat", "Incheckningar", "Initiativ"], MiniExcel.GetSheetNames(file));
        file.Position = 0;
        var objectives = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Mål").Cast<IDictionary<string, object?>>()
            .Select(r => r["Mål"]?.ToString()).ToList();
        Assert.Contains(title, objectives);
        Assert.Equal($"{app.BaseUrl}/teams/{team}", page.Url);
    }

    /// <summary>The page is prerendered: a click before the circuit is live opens nothing, so it is repeated until the menu shows.</summary>
    private static async Task OpenMenuAsync(IPage page, ILocator item)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.ClickAsync("[data-testid=export-menu] button");
            try
            {
                await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 1000 });
                return;
            }
            catch (TimeoutException) { }
        }
        await item.WaitForAsync();
    }
}
