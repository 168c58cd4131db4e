using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class PeriodCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Calendar fiscal year.
    [InlineData(1, "2026-01-01", 2026, 1, "2026-01-01", "2026-03-31")]
    [InlineData(1, "2026-05-15", 2026, 2, "2026-04-01", "2026-06-30")]
    [InlineData(1, "2026-09-30", 2026, 3, "2026-07-01", "2026-09-30")]
    [InlineData(1, "2026-12-31", 2026, 4, "2026-10-01", "2026-12-31")]
    // April: fiscal year 2026 runs 2026-04-01 .. 2027-03-31.
    [InlineData(4, "2026-03-31", 2025, 4, "2026-01-01", "2026-03-31")]
    [InlineData(4, "2026-04-01", 2026, 1, "2026-04-01", "2026-06-30")]
    [InlineData(4, "2026-12-15", 2026, 3, "2026-10-01", "2026-12-31")]
    [InlineData(4, "2027-01-10", 2026, 4, "2027-01-01", "2027-03-31")]
    // July.
    [InlineData(7, "2026-06-30", 2025, 4, "2026-04-01", "2026-06-30")]
    [InlineData(7, "2026-07-01", 2026, 1, "2026-07-01", "2026-09-30")]
    [InlineData(7, "2026-11-11", 2026, 2, "2026-10-01", "2026-12-31")]
    [InlineData(7, "2027-02-14", 2026, 3, "2027-01-01", "2027-03-31")]
    // October.
    [InlineData(10, "2026-09-30", 2025, 4, "2026-07-01", "2026-09-30")]
    [InlineData(10, "2026-10-01", 2026, 1, "2026-10-01", "2026-12-31")]
    [InlineData(10, "2027-01-01", 2026, 2, "2027-01-01", "2027-03-31")]
    [InlineData(10, "2027-09-30", 2026, 4, "2027-07-01", "2027-09-30")]
    // December: Q1 straddles the calendar year.
    [InlineData(12, "2026-11-30", 2025, 4, "2026-09-01", "2026-11-30")]
    [InlineData(12, "2026-12-01", 2026, 1, "2026-12-01", "2027-02-28")]
    [InlineData(12, "2027-01-15", 2026, 1, "2026-12-01", "2027-02-28")]
    [InlineData(12, "2027-02-28", 2026, 1, "2026-12-01", "2027-02-28")]
    [InlineData(12, "2027-03-01", 2026, 2, "2027-03-01", "2027-05-31")]
    [InlineData(12, "2027-06-30", 2026, 3, "2027-06-01", "2027-08-31")]
    public void QuarterContaining_FiscalStartMonth_ReturnsQuarter(
        int startMonth, string day, int fiscalYear, int number, string start, string end)
    {
        var quarter = PeriodCalendar.QuarterContaining(D(day), startMonth);

        Assert.Equal(new FiscalQuarter(fiscalYear, number, D(start), D(end), startMonth), quarter);
    }

    [Theory]
    // 2028 is a leap year: the quarter holding February ends on the 29th.
    [InlineData(12, "2028-01-15", 2027, 1, "2027-12-01", "2028-02-29")]
    [InlineData(12, "2028-02-29", 2027, 1, "2027-12-01", "2028-02-29")]
    [InlineData(9, "2028-02-29", 2027, 2, "2027-12-01", "2028-02-29")]
    [InlineData(6, "2028-02-01", 2027, 3, "2027-12-01", "2028-02-29")]
    [InlineData(3, "2028-02-29", 2027, 4, "2027-12-01", "2028-02-29")]
    [InlineData(11, "2028-02-29", 2027, 2, "2028-02-01", "2028-04-30")]
    [InlineData(1, "2028-02-29", 2028, 1, "2028-01-01", "2028-03-31")]
    // 2100 is not a leap year.
    [InlineData(12, "2100-02-28", 2099, 1, "2099-12-01", "2100-02-28")]
    public void QuarterContaining_LeapYear_EndsOnLastDayOfFebruary(
        int startMonth, string day, int fiscalYear, int number, string start, string end)
    {
        var quarter = PeriodCalendar.QuarterContaining(D(day), startMonth);

        Assert.Equal(new FiscalQuarter(fiscalYear, number, D(start), D(end), startMonth), quarter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void QuarterContaining_InvalidMonth_Throws(int startMonth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodCalendar.QuarterContaining(D("2026-05-01"), startMonth));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void QuartersOfFiscalYear_InvalidMonth_Throws(int startMonth) =>
        Assert.ThrowsAny<ArgumentException>(() => PeriodCalendar.QuartersOfFiscalYear(2026, startMonth));

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)] [InlineData(6)]
    [InlineData(7)] [InlineData(8)] [InlineData(9)] [InlineData(10)] [InlineData(11)] [InlineData(12)]
    public void QuartersOfFiscalYear_AnyStartMonth_CoversTwelveContiguousMonths(int startMonth)
    {
        foreach (var fiscalYear in new[] { 2026, 2027 })
        {
            var quarters = PeriodCalendar.QuartersOfFiscalYear(fiscalYear, startMonth);

            Assert.Equal(new[] { 1, 2, 3, 4 }, quarters.Select(q => q.Number));
            Assert.All(quarters, q => Assert.Equal(fiscalYear, q.FiscalYear));
            Assert.All(quarters, q => Assert.Equal(startMonth, q.FiscalYearStartMonth));
            Assert.All(quarters, q => Assert.Equal(q.Start.AddMonths(3).AddDays(-1), q.End));
            Assert.Equal(new DateOnly(fiscalYear, startMonth, 1), quarters[0].Start);
            for (var i = 1; i < quarters.Count; i++)
                Assert.Equal(quarters[i - 1].End.AddDays(1), quarters[i].Start);
            Assert.Equal(quarters[0].Start.AddYears(1).AddDays(-1), quarters[3].End);
        }
    }

    [Fact]
    public void QuartersOfFiscalYear_EveryDay_FallsInExactlyOneQuarter()
    {
        var quarters = PeriodCalendar.QuartersOfFiscalYear(2027, 12);

        for (var day = new DateOnly(2027, 12, 1); day <= new DateOnly(2028, 11, 30); day = day.AddDays(1))
        {
            var d = day;
            var holder = Assert.Single(quarters, q => q.Start <= d && d <= q.End);
            Assert.Equal(holder, PeriodCalendar.QuarterContaining(d, 12));
        }
    }
}
