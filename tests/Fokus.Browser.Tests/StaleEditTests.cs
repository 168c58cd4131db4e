using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StaleEditTests(BrowserApp app)
{
    [Fact]
    public async Task StaleEdit_IsExplained_WithTheNewerValues_AndNothingTypedIsLost()
    {
        var lead = await app.OpenAsync("lead@fokus.example");
        var team = await lead.LedTeamAsync(app.BaseUrl);
        var period = (await lead.ApiAsync(app.BaseUrl, "/api/v1/periods/current")).GetProperty("id").GetString();
        var objective = (await lead.ApiAsync(app.BaseUrl, $"/api/v1/objectives?teamId={team}&periodId={period}")).GetProperty("items")[0];
        var id = objective.GetProperty("id").GetString();
        var original = objective.GetProperty("title").GetString()!;
        await lead.GotoAsync($"{app.BaseUrl}/objectives/{id}/edit");
        await lead.Locator("[data-testid=objective-description]").WaitForAsync();

        // Meanwhile an administrator renames the objective in another browser.
        var admin = await app.OpenAsync("admin@fokus.example");
        await admin.GotoAsync($"{app.BaseUrl}/objectives/{id}/edit");
        await admin.Locator("[data-testid=objective-title-input]").WaitForAsync();
        var theirs = original + " (omformulerat)";
        await admin.FillAsync("[data-testid=objective-title-input]", theirs);
        await admin.ClickAsync("[data-testid=editor-save]");
        await admin.WaitForURLAsync(url => !url.Contains("/edit"));

        const string mine = "Vi mäter detta varje vecka i ledningsgruppen.";
        await lead.FillAsync("[data-testid=objective-description]", mine);
        await lead.ClickAsync("[data-testid=editor-save]");
        await lead.Locator("[data-testid=stale-notice]").WaitForAsync();
        Assert.Equal(theirs, (await lead.Locator("[data-testid=stale-their-title]").InnerTextAsync()).Trim());
        Assert.Equal(mine, await lead.InputValueAsync("[data-testid=objective-description]"));
        await lead.ShotAsync("objective-editor-stale-sv");

        await lead.ClickAsync("[data-testid=stale-keep-mine]");
        await lead.WaitForURLAsync(url => !url.Contains("/edit"));
        var saved = await lead.ApiAsync(app.BaseUrl, $"/api/v1/objectives/{id}");
        Assert.Equal(mine, saved.GetProperty("description").GetString());
        Assert.Equal(original, saved.GetProperty("title").GetString());
        await lead.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
