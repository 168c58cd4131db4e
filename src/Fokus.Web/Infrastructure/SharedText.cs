using System.Globalization;
using System.Resources;

namespace Fokus.Web.Infrastructure;

/// <summary>Reads Resources/SharedResource(.sv).resx in the current UI culture, for code without DI.</summary>
internal static class SharedText
{
    private static readonly ResourceManager Resources = new("Fokus.Web.Resources.SharedResource", typeof(SharedText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>In another reader's language, e.g. a notification for someone else.</summary>
    public static string Format(CultureInfo culture, string key, params object[] args) =>
        string.Format(culture, Resources.GetString(key, culture) ?? key, args);

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
