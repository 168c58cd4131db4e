using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RoleTests(BrowserApp app)
{
    [Theory]
    [InlineData("admin@fokus.example", "Administratör", true, true)]
    [InlineData("lead@fokus.example", "Teamledare", false, true)]
    [InlineData("member@fokus.example", "Medlem", false, true)]
    [InlineData("viewer@fokus.example", "Läsare", false, false)]
    public async Task EachRole_SignsIn_AndIsOfferedOnlyWhatItMayDo(string email, string role, bool settings, bool writes)
    {
        var page = await app.OpenAsync(email);
        await page.Locator("[data-testid=objective-node]").First.WaitForAsync();
        Assert.Equal(role, (await page.Locator("[data-testid=signed-in-role]").InnerTextAsync()).Trim());
        Assert.Equal(settings, await page.Locator("[data-testid=nav-settings]").CountAsync() > 0);
        Assert.Equal(writes, await page.Locator("[data-testid=new-objective]").CountAsync() > 0);

        // The e-commerce team: the lead leads it and the member owns key results in it.
        var team = (await page.ApiAsync(app.BaseUrl, "/api/v1/teams?search=E-handel")).GetProperty("items")[0].GetProperty("id").GetString();
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        await page.Locator("[data-testid=kr-line]").First.WaitForAsync();
        Assert.Equal(writes, await page.Locator("[data-testid=check-in-open]").CountAsync() > 0);
        Assert.Equal(email is "admin@fokus.example" or "lead@fokus.example", await page.Locator("[data-testid=edit-objective]").CountAsync() > 0);
        if (!writes)
        {
            await page.GotoAsync($"{app.BaseUrl}/objectives/new");
            await page.Locator("[data-testid=read-only]").WaitForAsync();
            Assert.Equal(0, await page.Locator("[data-testid=editor-save]").CountAsync());
        }
        await page.ClickAsync("[data-testid=sign-out]");
        await page.WaitForURLAsync(url => url.Contains("/login"));
        await page.Context.CloseAsync();
    }
}
