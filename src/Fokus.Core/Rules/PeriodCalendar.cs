namespace Fokus.Core.Rules;

/// <summary>A fiscal quarter: number 1–4 and the fiscal year it belongs to (named by the year it starts in).</summary>
public sealed record FiscalQuarter(int FiscalYear, int Number, DateOnly Start, DateOnly End, int FiscalYearStartMonth)
{
    /// <summary>"K1 2026" / "Q1 2026"; a fiscal year not starting in January reads "2026/27".</summary>
    public string Name(string language)
    {
        var prefix = language == "sv" ? "K" : "Q";
        var year = FiscalYearStartMonth == 1
            ? FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{FiscalYear}/{(FiscalYear + 1) % 100:00}";
        return $"{prefix}{Number} {year}";
    }

    public FiscalQuarter Next() => PeriodCalendar.QuarterContaining(End.AddDays(1), FiscalYearStartMonth);
    public FiscalQuarter Previous() => PeriodCalendar.QuarterContaining(Start.AddDays(-1), FiscalYearStartMonth);
}

public static class PeriodCalendar
{
    public static FiscalQuarter QuarterContaining(DateOnly day, int fiscalYearStartMonth)
    {
        if (fiscalYearStartMonth is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(fiscalYearStartMonth), "Month must be 1–12.");
        var monthsIntoYear = (day.Month - fiscalYearStartMonth + 12) % 12;
        var fiscalYear = day.Month >= fiscalYearStartMonth ? day.Year : day.Year - 1;
        var quarterIndex = monthsIntoYear / 3;
        var start = new DateOnly(fiscalYear, fiscalYearStartMonth, 1).AddMonths(quarterIndex * 3);
        var end = start.AddMonths(3).AddDays(-1);
        return new FiscalQuarter(fiscalYear, quarterIndex + 1, start, end, fiscalYearStartMonth);
    }

    public static IReadOnlyList<FiscalQuarter> QuartersOfFiscalYear(int fiscalYear, int fiscalYearStartMonth)
    {
        var first = QuarterContaining(new DateOnly(fiscalYear, fiscalYearStartMonth, 1), fiscalYearStartMonth);
        return [first, first.Next(), first.Next().Next(), first.Next().Next().Next()];
    }
}
