using System.Globalization;
using Fokus.Core.Model;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Components.Shared;

/// <summary>
/// The one way dates and times reach a reader: moved into the reader's time zone (the person's, else the
/// organisation's) and written for their culture — sv "2 dec. 2026 07:06", en "2 Dec 2026, 07:06".
/// </summary>
public static class TimeText
{
    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() =>
        ["UTC", .. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && z.Id != "UTC").Select(z => z.Id).Order(StringComparer.Ordinal)]);

    /// <summary>Every IANA id the server knows, for the pickers; "UTC" first.</summary>
    public static IReadOnlyList<string> ZoneIds => Ids.Value;

    /// <summary>An IANA zone by its id; Windows ids and unknown names are null, so what is stored is always IANA.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > TextLimits.TimeZoneId) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId ? zone : null;
    }

    /// <summary>The reader's zone: their own, else the organisation's, else UTC.</summary>
    public static TimeZoneInfo Zone(string? personZone, string? organisationZone) =>
        Find(personZone) ?? Find(organisationZone) ?? TimeZoneInfo.Utc;

    public static DateTimeOffset InZone(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone);

    /// <summary>The calendar day a moment falls on for the reader: what "today" and "due" are measured in.</summary>
    public static DateOnly DayOf(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(InZone(at, zone).DateTime);

    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) => DayOf(clock.GetUtcNow(), zone);

    public static string Date(DateOnly date, CultureInfo culture) => date.ToString("d MMM yyyy", culture);

    public static string Date(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture) => Date(DayOf(at, zone), culture);

    /// <summary>Date and clock time; the colon is literal because "HH:mm" would take the culture's time separator.</summary>
    public static string DateTime(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture) =>
        InZone(at, zone).ToString(IsSwedish(culture) ? "d MMM yyyy HH':'mm" : "d MMM yyyy', 'HH':'mm", culture);

    public static string Time(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture) => InZone(at, zone).ToString("HH':'mm", culture);

    /// <summary>For the machine-readable datetime attribute of a time element, never for the text.</summary>
    public static string Machine(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>"today", "yesterday", "3 days ago" by the reader's calendar, in their language.</summary>
    public static string Relative(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone, CultureInfo culture) =>
        DaysAgo(DayOf(now, zone).DayNumber - DayOf(at, zone).DayNumber, culture);

    public static string DaysAgo(int days, CultureInfo culture) => days switch
    {
        <= 0 => SharedText.Format(culture, "Time.Today"),
        1 => SharedText.Format(culture, "Time.Yesterday"),
        _ => Plural.In(culture, "Time.DaysAgo", days),
    };

    /// <summary>A zone as people recognise it: "Europe/Stockholm (UTC+01:00)" at the given moment.</summary>
    public static string ZoneName(string id, DateTimeOffset at)
    {
        if (Find(id) is not { } zone) return id;
        var offset = zone.GetUtcOffset(at);
        return $"{id.Replace('_', ' ')} (UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm})";
    }

    private static bool IsSwedish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "sv";
}
