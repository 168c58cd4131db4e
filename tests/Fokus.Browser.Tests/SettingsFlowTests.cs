using System.Globalization;
using Fokus.Web.Components.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fokus.Browser.Tests;

/// <summary>The admin pages: organisation settings feed the big picture, and periods are created and moved while everyone can read them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsFlowTests(BrowserApp app)
{
    private static readonly CultureInfo Swedish = new("sv-SE");

    [Fact]
    public async Task Admin_ChangesTheVision_ItShowsOnTheBigPicture_AndAnEmptyNameIsRefusedInlineKeepingWhatWasTyped()
    {
        var page = await app.SignInAsync("admin@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/settings");
        var vision = page.Locator("[data-testid=org-vision]");
        await vision.WaitForAsync();
        var newVision = $"Ut i naturen varje vecka {Guid.NewGuid().ToString("N")[..6]}";
        await vision.FillAsync(newVision);
        await page.ClickAsync("[data-testid=org-save]");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Inställningarna är sparade.");

        await page.GotoAsync($"{app.BaseUrl}/");
        await Expect(page.Locator("[data-testid=vision]")).ToHaveTextAsync(newVision);

        await page.GotoAsync($"{app.BaseUrl}/settings");
        var name = page.Locator("[data-testid=org-name]");
        var mission = page.Locator("[data-testid=org-mission]");
        await Expect(name).ToHaveValueAsync("Fjällvind AB");
        await name.FillAsync("");
        await mission.FillAsync("Ett uppdrag som inte får sparas utan namn");
        await page.ClickAsync("[data-testid=org-save]");

        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        var nameField = page.Locator(".mud-input-control", new() { Has = name });
        await Expect(nameField.Locator(".mud-input-helper-text.mud-input-error")).ToHaveTextAsync("Obligatoriskt.");
        await Expect(mission).ToHaveValueAsync("Ett uppdrag som inte får sparas utan namn");
        await Expect(vision).ToHaveValueAsync(newVision);
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "settings-sv.png"), FullPage = true });

        // Nothing of the refused save reached the database.
        await page.ReloadAsync();
        await Expect(name).ToHaveValueAsync("Fjällvind AB");
        await Expect(mission).Not.ToHaveValueAsync("Ett uppdrag som inte får sparas utan namn");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Expect(name).ToBeVisibleAsync();
        Assert.False(await ScrollsSidewaysAsync(page), "/settings scrolls sideways at 390 px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "settings-sv-390.png"), FullPage = true });
    }

    [Fact]
    public async Task Admin_CreatesACustomPeriod_AndClosesIt_WhileAViewerReadsPeriodsWithoutChangeButtonsAndIsKeptOutOfSettings()
    {
        var page = await app.SignInAsync("admin@fokus.example");
        await page.GotoAsync($"{app.BaseUrl}/periods");
        await page.ClickAsync("[data-testid=period-create]");
        await page.Locator("[data-testid=period-kind-custom]").CheckAsync();
        await page.FillAsync("[data-testid=period-name-input]", "Höstsprint 2031");
        await page.FillAsync("[data-testid=period-start]", "2031-09-01");
        await page.FillAsync("[data-testid=period-end]", "2031-10-15");
        await page.ClickAsync("[data-testid=period-save]");

        var row = page.Locator("tr", new() { Has = page.Locator("[data-period='Höstsprint 2031']") });
        await Expect(row).ToHaveCountAsync(1);
        var dates = $"{ValueFormat.Date(new DateOnly(2031, 9, 1), Swedish)} – {ValueFormat.Date(new DateOnly(2031, 10, 15), Swedish)}";
        await Expect(row.Locator("[data-testid=period-dates]")).ToHaveTextAsync(dates);
        await Expect(row.Locator("[data-testid=period-state]")).ToHaveAttributeAsync("data-state", "Planning");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "periods-sv.png"), FullPage = true });

        await row.Locator("[data-testid=period-to-closed]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Stäng", Exact = true }).ClickAsync();
        await Expect(row.Locator("[data-testid=period-state]")).ToHaveAttributeAsync("data-state", "Closed");
        await Expect(row.Locator("[data-testid=period-state]")).ToHaveTextAsync("stängd");

        var phone = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "sv-SE", ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var viewer = await app.SignInAsync("viewer@fokus.example", phone);
        await viewer.GotoAsync($"{app.BaseUrl}/periods");
        await Expect(viewer.Locator("[data-period='Höstsprint 2031']")).ToHaveCountAsync(1);
        await Expect(viewer.Locator("[data-testid=period-row]")).Not.ToHaveCountAsync(0);
        await Expect(viewer.Locator("[data-testid=period-create]")).ToHaveCountAsync(0);
        await Expect(viewer.Locator("[data-testid^=period-to-]")).ToHaveCountAsync(0);
        Assert.False(await ScrollsSidewaysAsync(viewer), "/periods scrolls sideways at 390 px");
        await viewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ArtifactsFolder, "periods-viewer-390.png"), FullPage = true });

        await viewer.GotoAsync($"{app.BaseUrl}/settings");
        await Expect(viewer.Locator("[data-testid=settings-admin-only]")).ToBeVisibleAsync();
        await Expect(viewer.Locator("[data-testid=org-save]")).ToHaveCountAsync(0);
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
}
