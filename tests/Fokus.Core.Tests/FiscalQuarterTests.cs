using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class FiscalQuarterTests
{
    private static FiscalQuarter Quarter(int year, int month, int day, int startMonth) =>
        PeriodCalendar.QuarterContaining(new DateOnly(year, month, day), startMonth);

    [Theory]
    [InlineData("sv", "K1 2026")]
    [InlineData("en", "Q1 2026")]
    public void Name_CalendarFiscalYear_IsPrefixNumberAndYear(string language, string expected) =>
        Assert.Equal(expected, Quarter(2026, 2, 10, 1).Name(language));

    [Theory]
    [InlineData("sv", "K1 2026/27")]
    [InlineData("en", "Q1 2026/27")]
    public void Name_NonJanuaryFiscalYear_ShowsBothYears(string language, string expected) =>
        Assert.Equal(expected, Quarter(2026, 7, 1, 7).Name(language));

    [Theory]
    [InlineData(4, 2027, 2, "Q4 2026/27")]
    [InlineData(12, 2026, 12, "Q1 2026/27")]
    [InlineData(12, 2027, 1, "Q1 2026/27")]
    [InlineData(10, 2027, 8, "Q4 2026/27")]
    [InlineData(1, 2026, 12, "Q4 2026")]
    public void Name_NamedByYearFiscalYearStartsIn(int startMonth, int year, int month, string expected) =>
        Assert.Equal(expected, Quarter(year, month, 1, startMonth).Name("en"));

    [Fact]
    public void Name_FiscalYearEndingInNextCentury_PadsTwoDigits() =>
        Assert.Equal("Q1 2099/00", Quarter(2099, 7, 1, 7).Name("en"));

    [Fact]
    public void Name_FiscalYearEndingInYearWithLeadingZero_PadsTwoDigits() =>
        Assert.Equal("K2 2008/09", Quarter(2008, 10, 1, 7).Name("sv"));

    [Fact]
    public void Name_OtherLanguage_UsesQ() =>
        Assert.Equal("Q3 2026", Quarter(2026, 8, 1, 1).Name("de"));

    [Theory]
    [InlineData(1, 2026, 2, 2026, 2, "2026-04-01")]
    [InlineData(1, 2026, 11, 2027, 1, "2027-01-01")]
    [InlineData(4, 2027, 2, 2027, 1, "2027-04-01")]
    [InlineData(12, 2026, 12, 2026, 2, "2027-03-01")]
    [InlineData(12, 2027, 10, 2027, 1, "2027-12-01")]
    public void Next_FromQuarter_IsFollowingQuarter(int startMonth, int year, int month, int fiscalYear, int number, string start)
    {
        var next = Quarter(year, month, 1, startMonth).Next();

        Assert.Equal((fiscalYear, number, start), (next.FiscalYear, next.Number, next.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(1, 2026, 5, 2026, 1, "2026-03-31")]
    [InlineData(1, 2026, 2, 2025, 4, "2025-12-31")]
    [InlineData(4, 2026, 4, 2025, 4, "2026-03-31")]
    [InlineData(12, 2027, 1, 2025, 4, "2026-11-30")]
    [InlineData(12, 2028, 3, 2027, 1, "2028-02-29")]
    public void Previous_FromQuarter_IsPrecedingQuarter(int startMonth, int year, int month, int fiscalYear, int number, string end)
    {
        var previous = Quarter(year, month, 1, startMonth).Previous();

        Assert.Equal((fiscalYear, number, end), (previous.FiscalYear, previous.Number, previous.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(12)]
    public void NextThenPrevious_AnyQuarter_ReturnsSameQuarter(int startMonth)
    {
        for (var month = 1; month <= 12; month++)
        {
            var quarter = Quarter(2027, month, 15, startMonth);

            Assert.Equal(quarter, quarter.Next().Previous());
            Assert.Equal(quarter, quarter.Previous().Next());
            Assert.Equal(quarter.End.AddDays(1), quarter.Next().Start);
            Assert.Equal(quarter.Start.AddDays(-1), quarter.Previous().End);
        }
    }

    [Fact]
    public void Next_FourTimes_IsSameQuarterNextFiscalYear()
    {
        var quarter = Quarter(2026, 12, 5, 12);

        var yearLater = quarter.Next().Next().Next().Next();

        Assert.Equal((quarter.FiscalYear + 1, quarter.Number, quarter.Start.AddYears(1)), (yearLater.FiscalYear, yearLater.Number, yearLater.Start));
    }
}
