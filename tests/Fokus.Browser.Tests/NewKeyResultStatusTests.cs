using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>Issue #9 §1 on the team page: a key result added today is "Ej påbörjat", not off track and not stale.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewKeyResultStatusTests(BrowserApp app)
{
    [Fact]
    public async Task AKeyResultAddedToday_IsNotStarted_AndNotStale_OnTheTeamPage()
    {
        using var http = await app.ApiAsync("admin@fokus.example");
        var team = (await http.GetFromJsonAsync<JsonElement>("/api/v1/teams?pageSize=100")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var period = (await http.GetFromJsonAsync<JsonElement>("/api/v1/periods/current")).GetProperty("id").GetGuid();
        var created = await http.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = $"Nya kunder i segment X {Guid.NewGuid():N}"[..40], periodId = period, level = "team", ownerTeamId = team,
            keyResults = new object[]
            {
                new { title = "Vinn 15 nya kunder i segment X", type = "number", unit = "kunder", startValue = 0, targetValue = 15, direction = "increase" },
                new { title = "Kundnöjdhet i segment X", type = "percent", unit = "%", startValue = 60, targetValue = 80, direction = "increase" },
            },
        });
        created.EnsureSuccessStatusCode();
        var objective = await created.Content.ReadFromJsonAsync<JsonElement>();
        var krId = objective.GetProperty("keyResults")[0].GetProperty("id").GetGuid();

        var page = await app.SignInAsync("lead@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/teams/{team}");
        var line = page.Locator($"[data-testid=kr-line][data-kr-id='{krId}']");
        await Expect(line).ToBeVisibleAsync();
        var chip = line.Locator("[data-status]");
        await Expect(chip).ToHaveAttributeAsync("data-status", "notStarted");
        await Expect(chip).ToContainTextAsync("Ej påbörjat");
        await Expect(line.Locator("[data-testid=check-in-age]")).ToHaveAttributeAsync("data-stale", "false");
        Assert.DoesNotContain("fokus-stale", await line.GetAttributeAsync("class") ?? "");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "new-key-result-not-started-sv.png"), FullPage = true });
    }
}
