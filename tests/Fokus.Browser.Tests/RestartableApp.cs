using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>
/// Fokus on a fixed port and database that a test can stop and start again, as a deploy does: the same address, the
/// same data (and the Data Protection keys in it), a new process state.
/// </summary>
public sealed class RestartableApp : IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"fokus-restart-{Guid.NewGuid():N}.db");
    private readonly int port = FreePort();
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl => $"http://127.0.0.1:{port}";

    public async Task InitializeAsync()
    {
        Start();
        playwright = await Playwright.CreateAsync();
        Browser = await BrowserApp.LaunchChromiumAsync(playwright);
    }

    /// <summary>A graceful stop (what SIGTERM does), then a new host on the same port and database.</summary>
    public async Task RestartAsync()
    {
        await factory!.DisposeAsync();
        Start();
    }

    private void Start()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Fokus", $"Data Source={database}");
            b.UseSetting("Fokus:Demo:Seed", "true");
            b.UseSetting("Fokus:Demo:Language", "sv");
            b.UseSetting("urls", BaseUrl);
            b.UseSetting("Fokus:RateLimits:SignInPerMinute", "1000000");
            b.UseSetting("Fokus:Reminders:Enabled", "false");
            b.UseSetting("Fokus:Backup:IntervalHours", "0");
        });
        factory.UseKestrel();
        factory.StartServer();
    }

    public async Task<IPage> SignInAsync(string email, IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "fokus-demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{BaseUrl}/");
        return page;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

