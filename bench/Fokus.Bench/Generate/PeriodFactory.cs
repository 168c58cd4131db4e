using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Bench.Generate;

/// <summary>The span in which a key result's check-ins are dated: its period, cut to the last ~20 weeks and to now.</summary>
internal sealed record CheckInWindow(DateTimeOffset From, DateTimeOffset To);

internal sealed record BenchPeriods(Period Previous, Period Current, DateTimeOffset Now)
{
    public static readonly TimeSpan History = TimeSpan.FromDays(20 * 7);

    public CheckInWindow WindowFor(Period? period)
    {
        var from = Now - History;
        var to = Now;
        if (period is not null)
        {
            from = Max(from, StartOfDay(period.StartDate));
            to = Min(to, StartOfDay(period.EndDate.AddDays(1)));
        }
        // A quarter that began minutes ago still gets a (short) window.
        if (to - from < TimeSpan.FromHours(1)) from = to - TimeSpan.FromHours(1);
        return new CheckInWindow(from, to);
    }

    private static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

internal static class PeriodFactory
{
    /// <summary>The quarter containing today (active) and the one before it (closed), by the organisation's fiscal year.</summary>
    public static BenchPeriods Create(Organisation organisation, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var current = PeriodCalendar.QuarterContaining(today, organisation.FiscalYearStartMonth);
        return new BenchPeriods(
            ToPeriod(organisation, current.Previous(), PeriodState.Closed),
            ToPeriod(organisation, current, PeriodState.Active),
            now);
    }

    private static Period ToPeriod(Organisation organisation, FiscalQuarter quarter, PeriodState state) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganisationId = organisation.Id,
        Name = quarter.Name(organisation.DefaultLanguage),
        StartDate = quarter.Start,
        EndDate = quarter.End,
        Kind = PeriodKind.Quarter,
        State = state,
    };
}
