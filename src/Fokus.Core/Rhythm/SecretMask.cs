namespace Fokus.Core.Rhythm;

/// <summary>Shows that a webhook URL is set without giving it away: scheme, host and the last four characters.</summary>
public static class SecretMask
{
    public static string? Url(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var tail = url.Length > 12 ? url[^4..] : "";
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}/…{tail}" : $"…{tail}";
    }
}
