using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>Fokus with the demo organisation on a free port (real Kestrel), and Debian's chromium driven by Playwright.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"fokus-browser-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The app's services, for flows that drive background work themselves (the reminder cycle).</summary>
    public IServiceProvider Services => factory!.Services;
    public string BaseUrl { get; private set; } = "";

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Fokus", $"Data Source={database}");
            b.UseSetting("Fokus:Demo:Seed", "true");
            b.UseSetting("Fokus:Demo:Language", "sv");
            b.UseSetting("urls", "http://127.0.0.1:0");
            // Every flow signs in from 127.0.0.1; the per-address sign-in limit is for real clients.
            b.UseSetting("Fokus:RateLimits:SignInPerMinute", "1000000");
            // Flows run the reminder cycle themselves, when they need it.
            b.UseSetting("Fokus:Reminders:Enabled", "false");
            // No scheduled backups of the test database into the temp folder.
            b.UseSetting("Fokus:Backup:IntervalHours", "0");
        });
        factory.UseKestrel();
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

        playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(playwright);
    }

    /// <summary>Debian's chromium, headless, without the background traffic this machine's closed network refuses.</summary>
    internal static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

    /// <summary>Debian's chromium on PATH; a missing browser fails the run, it is never skipped.</summary>
    internal static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("FOKUS_TEST_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured)) return configured;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "chromium")).FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException("chromium is not on PATH: run the tests through ./test.sh, which installs it.");
    }

    public async Task<IPage> SignInAsync(string email, IBrowserContext? context = null)
    {
        context ??= await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "fokus-demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{BaseUrl}/");
        return page;
    }

    /// <summary>An API client signed in as a demo person, with a bearer token.</summary>
    public async Task<HttpClient> ApiAsync(string email)
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "fokus-demo" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
