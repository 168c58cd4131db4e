using System.Globalization;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Components.Shared;

/// <summary>
/// Counts in words with the right plural: "1 attendee", "2 attendees"; "1 dag", "2 dagar". Swedish and English both have
/// one form for exactly one and another for the rest, so a key has ".One" and ".Other" texts: {0} is the number
/// (formatted for the culture), {1}… any further values.
/// </summary>
public static class Plural
{
    public static string Count(string key, long count, params object[] more) => In(CultureInfo.CurrentUICulture, key, count, more);

    public static string In(CultureInfo culture, string key, long count, params object[] more) =>
        SharedText.Format(culture, count == 1 ? key + ".One" : key + ".Other", [count.ToString("N0", culture), .. more]);
}
