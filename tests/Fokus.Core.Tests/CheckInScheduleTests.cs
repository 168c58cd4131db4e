using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public sealed class CheckInScheduleTests
{
    private static readonly DateOnly QuarterStart = new(2026, 10, 1); // a Thursday

    [Fact]
    public void NeverCheckedIn_IsDueOnTheFirstCheckInDayOfThePeriod() =>
        Assert.Equal(new DateOnly(2026, 10, 5), CheckInSchedule.NextDue(null, DayOfWeek.Monday, QuarterStart));

    [Fact]
    public void PeriodStartingOnTheCheckInDay_IsDueThatDay() =>
        Assert.Equal(QuarterStart, CheckInSchedule.NextDue(null, DayOfWeek.Thursday, QuarterStart));

    [Theory]
    [InlineData("2026-11-23", "2026-11-30")] // checked in on Monday: due next Monday
    [InlineData("2026-11-20", "2026-11-23")] // checked in on Friday: due the coming Monday
    [InlineData("2026-11-22", "2026-11-23")] // Sunday: due the next day
    public void AfterACheckIn_TheNextCheckInDayFollows(string last, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CheckInSchedule.NextDue(DateOnly.Parse(last), DayOfWeek.Monday, QuarterStart));

    [Fact]
    public void IsDue_FromTheDueDayOn()
    {
        var last = new DateOnly(2026, 11, 18);
        Assert.False(CheckInSchedule.IsDue(last, DayOfWeek.Monday, QuarterStart, new DateOnly(2026, 11, 22)));
        Assert.True(CheckInSchedule.IsDue(last, DayOfWeek.Monday, QuarterStart, new DateOnly(2026, 11, 23)));
        Assert.True(CheckInSchedule.IsDue(last, DayOfWeek.Monday, QuarterStart, new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void Stale_AfterMoreThanAWeek()
    {
        var last = new DateOnly(2026, 11, 10);
        Assert.False(CheckInSchedule.IsStale(last, QuarterStart, new DateOnly(2026, 11, 17)));
        Assert.True(CheckInSchedule.IsStale(last, QuarterStart, new DateOnly(2026, 11, 18)));
    }

    [Fact]
    public void NeverCheckedIn_IsStaleOnlyAWeekIntoThePeriod()
    {
        Assert.False(CheckInSchedule.IsStale(null, QuarterStart, QuarterStart.AddDays(7)));
        Assert.True(CheckInSchedule.IsStale(null, QuarterStart, QuarterStart.AddDays(8)));
        Assert.False(CheckInSchedule.IsStale(null, QuarterStart, QuarterStart.AddDays(-30)));
    }

    [Fact]
    public void DaysSince_CountsWholeDays_AndNeverGoesNegative()
    {
        Assert.Null(CheckInSchedule.DaysSince(null, QuarterStart));
        Assert.Equal(12, CheckInSchedule.DaysSince(new DateOnly(2026, 11, 13), new DateOnly(2026, 11, 25)));
        Assert.Equal(0, CheckInSchedule.DaysSince(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 25)));
    }
}

public sealed class CheckInDisciplineTests
{
    private static readonly DateOnly Start = new(2026, 10, 1), End = new(2026, 10, 31); // Mondays: 5, 12, 19, 26 October

    [Fact]
    public void EveryWeekCheckedIn_IsFullDiscipline() =>
        Assert.Equal((4, 4), CheckInSchedule.Discipline([new(2026, 10, 5), new(2026, 10, 9), new(2026, 10, 19), new(2026, 10, 26)], DayOfWeek.Monday, Start, End));

    [Fact]
    public void ACheckInCountsForTheWeekEndingOnItsDueDay_AndTwoInOneWeekCountOnce()
    {
        // 2 Oct counts for 5 Oct; 13 and 14 Oct both fall in the week ending 19 Oct; nothing for 12 or 26 Oct.
        Assert.Equal((4, 2), CheckInSchedule.Discipline([new(2026, 10, 2), new(2026, 10, 13), new(2026, 10, 14)], DayOfWeek.Monday, Start, End));
    }

    [Fact]
    public void NoCheckIns_AndAnEmptySpan()
    {
        Assert.Equal((4, 0), CheckInSchedule.Discipline([], DayOfWeek.Monday, Start, End));
        Assert.Equal((0, 0), CheckInSchedule.Discipline([new(2026, 10, 2)], DayOfWeek.Monday, new(2026, 10, 6), new(2026, 10, 11)));
    }
}
