using System.Globalization;
using Fokus.Web.Components.Shared;

namespace Fokus.Web.Tests;

/// <summary>The one date and time helper: the reader's zone, the reader's culture, and plurals that read right.</summary>
public sealed class TimeTextTests
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv"), En = CultureInfo.GetCultureInfo("en");
    private static readonly TimeZoneInfo Stockholm = TimeText.Find("Europe/Stockholm")!, NewYork = TimeText.Find("America/New_York")!;
    private static readonly DateTimeOffset Morning = new(2026, 12, 2, 6, 6, 0, TimeSpan.Zero);

    [Fact]
    public void DateAndTime_AreWrittenForTheReadersCulture_InTheirZone()
    {
        Assert.Equal("2 dec. 2026 07:06", TimeText.DateTime(Morning, Stockholm, Sv));
        Assert.Equal("2 Dec 2026, 07:06", TimeText.DateTime(Morning, Stockholm, En));
        Assert.Equal("2 Dec 2026, 01:06", TimeText.DateTime(Morning, NewYork, En));
        Assert.Equal("2 dec. 2026", TimeText.Date(new DateOnly(2026, 12, 2), Sv));
        Assert.Equal("2 Dec 2026", TimeText.Date(new DateOnly(2026, 12, 2), En));
    }

    [Fact]
    public void TheDay_IsTheReadersDay_NotUtcs()
    {
        var lateEvening = new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 12, 2), TimeText.DayOf(lateEvening, Stockholm));
        Assert.Equal(new DateOnly(2026, 12, 1), TimeText.DayOf(lateEvening, TimeZoneInfo.Utc));
        Assert.Equal("1 Dec 2026", TimeText.Date(lateEvening, NewYork, En));
        var now = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal("today", TimeText.Relative(lateEvening, now, Stockholm, En));
        Assert.Equal("yesterday", TimeText.Relative(lateEvening, now, TimeZoneInfo.Utc, En));
        Assert.Equal("i går", TimeText.Relative(lateEvening, now, TimeZoneInfo.Utc, Sv));
        Assert.Equal("för 3 dagar sedan", TimeText.Relative(lateEvening.AddDays(-2), now, TimeZoneInfo.Utc, Sv));
    }

    [Fact]
    public void ClocksMove_AtTheDaylightSavingBoundary()
    {
        // Sweden moves from 02:00 to 03:00 at 01:00 UTC on 29 March 2026, and back at 01:00 UTC on 25 October.
        Assert.Equal("29 Mar 2026, 01:59", TimeText.DateTime(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero), Stockholm, En));
        Assert.Equal("29 Mar 2026, 03:00", TimeText.DateTime(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), Stockholm, En));
        Assert.Equal("25 okt. 2026 02:59", TimeText.DateTime(new DateTimeOffset(2026, 10, 25, 0, 59, 0, TimeSpan.Zero), Stockholm, Sv));
        Assert.Equal("25 okt. 2026 02:00", TimeText.DateTime(new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.Zero), Stockholm, Sv));
        // Late on 24 October UTC is already the 25th in Stockholm (summer time, two hours ahead).
        Assert.Equal(new DateOnly(2026, 10, 25), TimeText.DayOf(new DateTimeOffset(2026, 10, 24, 22, 30, 0, TimeSpan.Zero), Stockholm));
    }

    [Fact]
    public void Zones_AreIanaOnly_AndTheReadersOwnWins()
    {
        Assert.Equal("Europe/Stockholm", TimeText.Find(" Europe/Stockholm ")!.Id);
        Assert.Null(TimeText.Find("W. Europe Standard Time"));
        Assert.Null(TimeText.Find("Mars/Olympus_Mons"));
        Assert.Null(TimeText.Find(""));
        Assert.Equal("America/New_York", TimeText.Zone("America/New_York", "Europe/Stockholm").Id);
        Assert.Equal("Europe/Stockholm", TimeText.Zone(null, "Europe/Stockholm").Id);
        Assert.Equal(TimeZoneInfo.Utc, TimeText.Zone("nowhere", "nowhere either"));
        Assert.Equal("UTC", TimeText.ZoneIds[0]);
        Assert.Contains("Europe/Stockholm", TimeText.ZoneIds);
    }

    [Fact]
    public void Counts_TakeTheRightPlural_InBothLanguages()
    {
        Assert.Equal("1 attendee", Plural.In(En, "Time.Attendees", 1));
        Assert.Equal("2 attendees", Plural.In(En, "Time.Attendees", 2));
        Assert.Equal("0 attendees", Plural.In(En, "Time.Attendees", 0));
        Assert.Equal("1 deltagare", Plural.In(Sv, "Time.Attendees", 1));
        Assert.Equal("2 deltagare", Plural.In(Sv, "Time.Attendees", 2));
        Assert.Equal("för 1 dag sedan", Plural.In(Sv, "Time.DaysAgo", 1));
        Assert.Equal("för 2 dagar sedan", Plural.In(Sv, "Time.DaysAgo", 2));
        Assert.Equal("1 check-in due", Plural.In(En, "Time.CheckInsDue", 1));
        Assert.Equal("1 incheckning att göra", Plural.In(Sv, "Time.CheckInsDue", 1));
        Assert.Equal("1,234 key results", Plural.In(En, "Time.KeyResults", 1234));
        Assert.Equal("1\u00a0234 nyckelresultat", Plural.In(Sv, "Time.KeyResults", 1234).Replace('\u202f', '\u00a0'));
        Assert.Equal("1 draft created in Q2 2030.", Plural.In(En, "Time.DraftsCreated", 1, "Q2 2030"));
    }
}
