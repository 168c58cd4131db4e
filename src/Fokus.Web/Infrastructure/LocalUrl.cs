namespace Fokus.Web.Infrastructure;

/// <summary>Redirect targets must stay on this site: "/path", never "//host", "/\host" or control characters.</summary>
internal static class LocalUrl
{
    public static bool IsSafe(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');

    public static string OrHome(string? url) => IsSafe(url) ? url! : "/";
}
