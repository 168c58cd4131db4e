namespace Fokus.Web.Infrastructure;

/// <summary>
/// Where Fokus reads its own files and keeps its data. A published build is started from any folder (a systemd unit or a
/// container with the data folder as working directory), so the content root (appsettings.json, wwwroot) is the app's own
/// folder unless the operator names another; data lives in <c>Fokus:DataDirectory</c>.
/// </summary>
internal static class HostFolders
{
    public const string DataDirectoryKey = "Fokus:DataDirectory";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        // The test host and `--contentRoot` name one explicitly; then it stays theirs.
        ContentRootPath = ConfiguredContentRoot(args) is null ? AppContext.BaseDirectory : null,
    };

    /// <summary>The folder the server reads appsettings.json from, for tools that read the same configuration without a host.</summary>
    public static string ContentRoot(string[] args) => ConfiguredContentRoot(args) is { } configured
        ? Path.GetFullPath(configured)
        : AppContext.BaseDirectory;

    /// <summary>
    /// <c>Fokus:DataDirectory</c> as a full path (a relative one is taken from the working directory); without it,
    /// <c>data</c> under the working directory. Created if missing.
    /// </summary>
    public static string DataDirectory(IConfiguration config)
    {
        var configured = config[DataDirectoryKey];
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Directory.GetCurrentDirectory(), "data")
            : configured.Trim());
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? ConfiguredContentRoot(string[] args)
    {
        // The same sources, in the same order of precedence, as the host reads "contentRoot" from.
        var hostSettings = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        return hostSettings[WebHostDefaults.ContentRootKey] is { Length: > 0 } root ? root : null;
    }
}
