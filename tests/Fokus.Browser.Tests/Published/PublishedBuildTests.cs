using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests.Published;

/// <summary>
/// What an operator runs: the published build, started as `dotnet /opt/fokus/Fokus.Web.dll` from a data folder, not from
/// its own. It must serve its files, read the appsettings.json beside it, and keep its data where it is told.
/// </summary>
public sealed class PublishedBuildTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("fokus-published-").FullName;
    private string App => Path.Combine(root, "opt-fokus");
    private string WorkingDirectory => Path.Combine(root, "var-lib-fokus");
    private string DataDirectory => Path.Combine(root, "state");

    public async Task InitializeAsync()
    {
        await PublishedBuild.PublishAsync(App);
        Directory.CreateDirectory(WorkingDirectory);
        // The operator's own edit beside the dll: the demo in English (the built-in default is Swedish).
        var settingsFile = Path.Combine(App, "appsettings.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(settingsFile))!;
        settings["Fokus"]!["Demo"]!["Language"] = "en";
        await File.WriteAllTextAsync(settingsFile, settings.ToJsonString());
    }

    [Fact]
    public async Task Started_from_another_folder_it_serves_its_files_reads_its_settings_and_keeps_data_where_told()
    {
        await using var server = await AppProcess.StartAsync(Path.Combine(App, "Fokus.Web.dll"), WorkingDirectory,
            new Dictionary<string, string>
            {
                ["Fokus__DataDirectory"] = DataDirectory,
                ["Fokus__Reminders__Enabled"] = "false",
                ["Fokus__Backup__IntervalHours"] = "0",
            });

        using var http = new HttpClient();
        var script = await http.GetAsync($"{server.BaseUrl}/_framework/blazor.web.js");
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        var body = await script.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 10_000, $"blazor.web.js has {body.Length} bytes");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserApp.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB" });
        await page.GotoAsync($"{server.BaseUrl}/login");
        await page.FillAsync("#email", "admin@fokus.example");
        await page.FillAsync("#password", "fokus-demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{server.BaseUrl}/");
        // The English demo's vision: the edited appsettings.json beside the dll was read.
        await Assertions.Expect(page.GetByTestId("vision")).ToContainTextAsync("More people outdoors, more often", new() { Timeout = 30_000 });
        // Styles arrived too: MudBlazor's stylesheet gives the app bar its colour.
        var styled = await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => { try { return s.cssRules.length > 100; } catch { return false; } })");
        Assert.True(styled, "no stylesheet with rules was loaded");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsFolder, "published-build-big-picture.png"), FullPage = true });

        Assert.True(File.Exists(Path.Combine(DataDirectory, "fokus.db")), "the database is not in Fokus:DataDirectory");
        Assert.Empty(Directory.GetFileSystemEntries(WorkingDirectory));
        // appsettings.json keeps EF Core's per-command log at Warning; ignored, every SQL command would be logged.
        Assert.DoesNotContain("Executed DbCommand", server.Output, StringComparison.Ordinal);
        Assert.Contains(DataDirectory, server.Output, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { }
        return Task.CompletedTask;
    }
}
