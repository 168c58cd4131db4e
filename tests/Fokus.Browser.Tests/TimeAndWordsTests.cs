using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>Issue #9 §5 in the browser: times in the organisation's zone, the review's next-period step, the reconnect dialog's language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimeAndWordsTests(BrowserApp app)
{
    [Fact]
    public async Task AMeetingTime_ShowsInTheOrganisationsZone()
    {
        var admin = await app.OpenAsync("admin@fokus.example");
        var lead = await app.OpenAsync("lead@fokus.example");
        // Another team than the lead's: a meeting there would empty the wins of the lead's next meeting (MeetingTests).
        var led = await lead.LedTeamAsync(app.BaseUrl);
        var team = (await admin.ApiAsync(app.BaseUrl, "/api/v1/teams")).GetProperty("items").EnumerateArray()
            .Select(t => t.GetProperty("id").GetGuid()).First(id => id != led);
        var meeting = await SendAsync(admin, HttpMethod.Post, $"/api/v1/teams/{team}/meetings", new { });
        var startedAt = meeting.GetProperty("startedAt").GetDateTimeOffset();
        var link = $"a[href='/meetings/{meeting.GetProperty("id").GetString()}'] [data-testid=meeting-started]";
        try
        {
            await lead.GotoAsync($"{app.BaseUrl}/teams/{team}/meetings");
            var stockholm = Clock(startedAt, "Europe/Stockholm");
            Assert.EndsWith(stockholm, (await lead.Locator(link).InnerTextAsync()).Trim());

            await SetZoneAsync(admin, "America/New_York");
            await lead.ReloadAsync();
            var newYork = Clock(startedAt, "America/New_York");
            Assert.NotEqual(stockholm, newYork);
            Assert.EndsWith(newYork, (await lead.Locator(link).InnerTextAsync()).Trim());
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}", await lead.Locator("[data-testid=meeting-history]").InnerTextAsync());
        }
        finally
        {
            await SetZoneAsync(admin, "Europe/Stockholm");
            await admin.Context.CloseAsync();
            await lead.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ALead_FinishesTheNextPeriodStep_AndAMember_IsToldWhoCan()
    {
        var admin = await app.OpenAsync("admin@fokus.example");
        var lead = await app.OpenAsync("lead@fokus.example");
        var member = await app.OpenAsync("member@fokus.example");
        var team = await lead.LedTeamAsync(app.BaseUrl);
        var forLead = (await SendAsync(admin, HttpMethod.Post, "/api/v1/periods",
            new { kind = "custom", name = "Testperiod 2050", startDate = "2050-01-01", endDate = "2050-03-31", state = "planning" })).GetProperty("id").GetString();

        await lead.GotoAsync($"{app.BaseUrl}/periods/{forLead}/review?team={team}");
        await lead.ClickAsync("[data-testid=review-step-4]");
        var plan = lead.Locator("[data-testid=review-next-plan]");
        await plan.WaitForAsync();
        Assert.Equal("create", await plan.GetAttributeAsync("data-plan"));
        Assert.Contains("K2 2050", await plan.InnerTextAsync());
        Assert.Contains("1 apr. 2050", await plan.InnerTextAsync());
        await lead.ShotAsync("review-next-period-lead-sv");
        await lead.ClickAsync("[data-testid=review-carry-over]");
        await lead.Locator("[data-testid=review-carried]").WaitForAsync();
        var created = (await lead.ApiAsync(app.BaseUrl, "/api/v1/periods")).EnumerateArray().Single(p => p.GetProperty("name").GetString() == "K2 2050");
        Assert.Equal(("planning", "2050-04-01"), (created.GetProperty("state").GetString(), created.GetProperty("startDate").GetString()));

        // Created only now: an earlier period after 2050 would itself be the lead's next period.
        var forMember = (await SendAsync(admin, HttpMethod.Post, "/api/v1/periods",
            new { kind = "custom", name = "Testperiod 2052", startDate = "2052-01-01", endDate = "2052-03-31", state = "planning" })).GetProperty("id").GetString();
        await member.GotoAsync($"{app.BaseUrl}/periods/{forMember}/review");
        await member.ClickAsync("[data-testid=review-step-4]");
        var ask = member.Locator("[data-testid=review-next-plan]");
        await ask.WaitForAsync();
        Assert.Equal("ask", await ask.GetAttributeAsync("data-plan"));
        var adminName = (await admin.ApiAsync(app.BaseUrl, "/api/v1/me")).GetProperty("name").GetString()!;
        Assert.Contains(adminName, await ask.InnerTextAsync());
        Assert.Equal(0, await member.Locator("[data-testid=review-carry-over]").CountAsync());
        await member.ClickAsync("[data-testid=review-ask-creators]");
        Assert.Contains(adminName, await member.Locator("[data-testid=review-asked]").InnerTextAsync());
        Assert.Empty(await member.AxeViolationsAsync());
        await member.ShotAsync("review-next-period-member-sv");
        foreach (var page in new[] { admin, lead, member }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheReconnectDialog_SpeaksTheReadersLanguage()
    {
        var page = await app.OpenAsync("member@fokus.example");
        var dialog = page.Locator("#components-reconnect-modal");
        Assert.Equal(1, await dialog.CountAsync());
        Assert.Equal("Anslutningen bröts. Ansluter igen…", (await page.Locator("[data-testid=reconnect-first]").TextContentAsync())!.Trim());
        Assert.Equal("Försök igen", (await page.Locator("#components-reconnect-button").TextContentAsync())!.Trim());
        Assert.False(await dialog.IsVisibleAsync(), "the dialog shows while connected");
        await page.Context.CloseAsync();
    }

    private static string Clock(DateTimeOffset at, string zone) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("HH':'mm", CultureInfo.InvariantCulture);

    private async Task SetZoneAsync(IPage admin, string zone)
    {
        var org = await admin.ApiAsync(app.BaseUrl, "/api/v1/organisation");
        await SendAsync(admin, HttpMethod.Put, "/api/v1/organisation", new { name = org.GetProperty("name").GetString(), timeZoneId = zone });
    }

    private async Task<JsonElement> SendAsync(IPage page, HttpMethod method, string path, object body)
    {
        var response = await page.APIRequest.FetchAsync(app.BaseUrl + path, new APIRequestContextOptions { Method = method.Method, DataObject = body });
        Assert.True(response.Ok, $"{method} {path}: {response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }
}
