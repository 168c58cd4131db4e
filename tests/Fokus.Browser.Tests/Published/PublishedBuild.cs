using System.Diagnostics;

namespace Fokus.Browser.Tests.Published;

/// <summary>`dotnet publish` of Fokus.Web into a fresh folder: what an operator copies to /opt/fokus.</summary>
internal static class PublishedBuild
{
    public static async Task<string> PublishAsync(string output)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Fokus.Web", "Fokus.Web.csproj");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        return output;
    }

    /// <summary>The folder with Fokus.slnx, above the test's own output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Fokus.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Fokus.slnx above {AppContext.BaseDirectory}.");
    }
}
