using System.Globalization;

namespace Fokus.Web.Components.Shared;

/// <summary>
/// Per circuit: the signed-in reader's time zone (set when the page reads the user) and the formatting through
/// <see cref="TimeText"/> in the current culture, so a component writes @Time.DateTime(x) and nothing else.
/// </summary>
public sealed class ReaderTime(TimeProvider clock)
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public void Use(TimeZoneInfo zone) => Zone = zone;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Today by the reader's calendar: what the UI measures due and overdue in.</summary>
    public DateOnly Today => TimeText.Today(clock, Zone);

    public DateOnly DayOf(DateTimeOffset at) => TimeText.DayOf(at, Zone);

    public string Date(DateOnly date) => TimeText.Date(date, CultureInfo.CurrentCulture);

    public string Date(DateTimeOffset at) => TimeText.Date(at, Zone, CultureInfo.CurrentCulture);

    public string DateTime(DateTimeOffset at) => TimeText.DateTime(at, Zone, CultureInfo.CurrentCulture);

    public string Relative(DateTimeOffset at) => TimeText.Relative(at, clock.GetUtcNow(), Zone, CultureInfo.CurrentCulture);
}
