using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>Issue #9 §4 in the browser: correcting check-ins and moving an activity into an initiative, without the API.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CorrectionsTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_EditsACheckIn_DeletesIt_UndoesOnce_AndTheSecondDeleteTakesEffect()
    {
        using var api = await app.ApiAsync("lead@fokus.example");
        var (_, kr) = await ObjectiveAsync(api, "Kunderna rekommenderar oss", "Andel som rekommenderar oss", "", "percent");
        await CheckInAsync(api, kr, 10);
        await Task.Delay(20);
        var newest = await CheckInAsync(api, kr, 30);

        var page = await app.OpenAsync("lead@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await page.Locator("[data-testid=kr-page][data-interactive=true]").WaitForAsync();
        var entries = page.Locator("[data-testid=checkin-entry]");
        await Expect(entries).ToHaveCountAsync(2);

        // Edit: the newest check-in's value and note; the key result follows it.
        var first = page.Locator($"[data-testid=checkin-entry][data-checkin-id='{newest}']");
        await first.Locator("[data-testid=checkin-edit]").ClickAsync();
        await page.FillAsync("[data-testid=checkin-edit-value]", "35");
        await page.Locator("[data-testid=checkin-edit-note] textarea, textarea[data-testid=checkin-edit-note]").First.FillAsync("Räknade fel");
        await page.ClickAsync("[data-testid=checkin-edit-save]");
        await Expect(first.Locator("[data-testid=checkin-value]")).ToContainTextAsync("35");
        await Expect(first).ToContainTextAsync("Räknade fel");
        Assert.Equal(35m, await CurrentAsync(api, kr));

        // Delete, confirm, undo: the same check-in comes back.
        await DeleteAsync(page, first);
        await Expect(entries).ToHaveCountAsync(1);
        Assert.Equal(10m, await CurrentAsync(api, kr));
        var undo = page.Locator(".mud-snackbar button").Filter(new() { HasTextRegex = UndoText() });
        await Expect(undo).ToBeVisibleAsync();
        await page.ShotAsync("check-in-deleted-undo");
        await undo.ClickAsync();
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(first.Locator("[data-testid=checkin-value]")).ToContainTextAsync("35");
        Assert.Equal(35m, await CurrentAsync(api, kr));

        // Delete again and let the 10 seconds pass: it stays deleted, and the undo is gone.
        await DeleteAsync(page, first);
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(page.Locator(".mud-snackbar button").Filter(new() { HasTextRegex = UndoText() })).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/check-ins/{newest}")).StatusCode);
        Assert.Equal(10m, await CurrentAsync(api, kr));
        await Expect(entries).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CoachSuggestion_CreatesTheActivityAsAnInitiative_OnTheKeyResultAndTeamPages()
    {
        using var api = await app.ApiAsync("lead@fokus.example");
        var activity = $"Ringa 100 kalla samtal till butiker {Guid.NewGuid().ToString("N")[..6]}";
        var (team, kr) = await ObjectiveAsync(api, "Butikerna väljer oss", activity, "samtal", "number");

        var page = await app.OpenAsync("lead@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/key-results/{kr}");
        await page.Locator("[data-testid=kr-page][data-interactive=true]").WaitForAsync();
        var suggestion = (await page.Locator("[data-testid=kr-coach-suggestion]").InnerTextAsync()).Trim();
        Assert.DoesNotContain("{", suggestion);
        Assert.Contains("100", suggestion); // the key result's own target, not a placeholder
        await page.ShotAsync("coach-create-initiative");
        await page.ClickAsync("[data-testid=coach-create-initiative]");

        var onKr = page.Locator("[data-testid=initiative]").Filter(new() { HasTextString = activity });
        await Expect(onKr).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=kr-title]")).ToHaveTextAsync(suggestion);
        await Expect(page.Locator("[data-testid=kr-coach]")).ToHaveCountAsync(0);

        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var onTeam = page.Locator("[data-testid=team-initiatives] [data-testid=initiative]").Filter(new() { HasTextString = activity });
        await Expect(onTeam).ToBeVisibleAsync();
        await Expect(onTeam.Locator("[data-testid=initiative-status]")).ToHaveAttributeAsync("data-status", "NotStarted");

        // The team page's dialog edits it: a clearer name, saved in place.
        await onTeam.Locator("[data-testid=initiative-edit]").ClickAsync();
        var renamed = $"{activity} i Tyskland";
        await page.Locator("input[data-testid=initiative-title], [data-testid=initiative-title] input").First.FillAsync(renamed);
        await page.ClickAsync("[data-testid=initiative-save]");
        await Expect(page.Locator("[data-testid=team-initiatives] [data-testid=initiative]").Filter(new() { HasTextString = renamed })).ToBeVisibleAsync();
        await page.ShotAsync("team-initiatives");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("Ångra|Undo")]
    private static partial Regex UndoText();

    private static async Task DeleteAsync(IPage page, ILocator entry)
    {
        await entry.Locator("[data-testid=checkin-delete]").ClickAsync();
        await page.Locator(".mud-dialog button").Filter(new() { HasTextRegex = DeleteText() }).Last.ClickAsync();
    }

    [GeneratedRegex("Ta bort|Delete")]
    private static partial Regex DeleteText();

    /// <summary>A fresh objective of the lead's team in the current period, with one key result 0 → 100 owned by the lead.</summary>
    private static async Task<(Guid Team, Guid Kr)> ObjectiveAsync(HttpClient api, string title, string krTitle, string unit, string type)
    {
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var team = me.GetProperty("ledTeamIds")[0].GetGuid();
        var period = (await api.GetFromJsonAsync<JsonElement>("/api/v1/periods/current")).GetProperty("id").GetGuid();
        var response = await api.PostAsJsonAsync("/api/v1/objectives", new
        {
            title, description = "", periodId = period, level = "team", ownerTeamId = team,
            keyResults = new[] { new { title = krTitle, type, unit, startValue = 0, targetValue = 100, direction = "increase", ownerPersonId = me.GetProperty("personId").GetGuid() } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (team, body.GetProperty("keyResults")[0].GetProperty("id").GetGuid());
    }

    private static async Task<Guid> CheckInAsync(HttpClient api, Guid kr, decimal value)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value, confidence = 6 });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checkIn").GetProperty("id").GetGuid();
    }

    private static async Task<decimal> CurrentAsync(HttpClient api, Guid kr) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/key-results/{kr}")).GetProperty("currentValue").GetDecimal();
}
