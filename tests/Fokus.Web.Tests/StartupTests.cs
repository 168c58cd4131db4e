using System.Diagnostics;

namespace Fokus.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task UnreachableDatabase_LogsOneClearLine_AndExitsNonZero()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Fokus.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Fokus__Database__Provider"] = "postgres";
        // Port 1 on loopback refuses at once; the password must never reach the log.
        start.Environment["ConnectionStrings__Fokus"] = "Host=127.0.0.1;Port=1;Database=nothing;Username=u;Password=s3cret-pw;Timeout=3";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var log = await output + await errors;

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Cannot use the database (PostgreSQL at 127.0.0.1:1/nothing)", log);
        Assert.DoesNotContain("s3cret-pw", log);
        Assert.DoesNotContain("   at ", log);
    }
}
