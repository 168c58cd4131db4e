using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class ExpectedProgressTests
{
    // Q1 2026: 2026-01-01 .. 2026-03-31, 89 days from first to last day.
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 3, 31);

    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2025-06-01")]
    public void On_BeforePeriodStarts_IsZero(string day) =>
        Assert.Equal(0.0, ExpectedProgress.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Start, End));

    [Fact]
    public void On_FirstDay_IsZero() =>
        Assert.Equal(0.0, ExpectedProgress.On(Start, Start, End));

    [Fact]
    public void On_MidPeriod_IsShareOfDaysElapsed() =>
        // 2026-02-15 is day 45 after the start; 45 / 89.
        Assert.Equal(45.0 / 89, ExpectedProgress.On(new DateOnly(2026, 2, 15), Start, End), 10);

    [Fact]
    public void On_HalfwayOfEvenPeriod_IsOneHalf() =>
        Assert.Equal(0.5, ExpectedProgress.On(new DateOnly(2026, 1, 11), Start, new DateOnly(2026, 1, 21)), 10);

    [Fact]
    public void On_LastDay_IsOne() =>
        Assert.Equal(1.0, ExpectedProgress.On(End, Start, End));

    [Theory]
    [InlineData("2026-04-01")]
    [InlineData("2027-01-01")]
    public void On_PeriodEnded_IsOne(string day) =>
        Assert.Equal(1.0, ExpectedProgress.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Start, End));

    [Theory]
    [InlineData(-1, 0.0)]
    [InlineData(0, 1.0)]
    [InlineData(1, 1.0)]
    public void On_OneDayPeriod_IsZeroBeforeAndOneFromThatDay(int offset, double expected)
    {
        var day = new DateOnly(2026, 5, 20);

        Assert.Equal(expected, ExpectedProgress.On(day.AddDays(offset), day, day));
    }

    [Theory]
    [InlineData(-3, 0.0)]
    [InlineData(0, 1.0)]
    public void On_EndBeforeStart_IsZeroBeforeEndAndOneFromEnd(int offsetFromEnd, double expected)
    {
        var start = new DateOnly(2026, 5, 20);
        var end = new DateOnly(2026, 5, 10);

        Assert.Equal(expected, ExpectedProgress.On(end.AddDays(offsetFromEnd), start, end));
    }

    [Fact]
    public void On_LeapYearFebruary_CountsFebruary29()
    {
        var start = new DateOnly(2028, 2, 1);
        var end = new DateOnly(2028, 3, 1); // 29 days later in a leap year

        Assert.Equal(28.0 / 29, ExpectedProgress.On(new DateOnly(2028, 2, 29), start, end), 10);
    }
}
