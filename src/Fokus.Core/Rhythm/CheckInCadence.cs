using Fokus.Core.Rules;

namespace Fokus.Core.Rhythm;

/// <summary>
/// A check-in rhythm: every <see cref="EveryWeeks"/> weeks on <see cref="Weekday"/>. Weekly is the organisation's
/// default (<see cref="CheckInSchedule"/>); a team may check in every other week or less often.
/// </summary>
public sealed record CheckInCadence(DayOfWeek Weekday, int EveryWeeks = 1)
{
    public const int MaxWeeks = 4;

    /// <summary>The next check-in day: the first cadence weekday, then the weekday at least EveryWeeks weeks after the last check-in.</summary>
    public DateOnly NextDue(DateOnly? lastCheckIn, DateOnly periodStart)
    {
        var weeks = Math.Clamp(EveryWeeks, 1, MaxWeeks);
        var shifted = lastCheckIn?.AddDays(7 * (weeks - 1));
        return CheckInSchedule.NextDue(shifted, Weekday, periodStart);
    }

    public bool IsDue(DateOnly? lastCheckIn, DateOnly periodStart, DateOnly today) => NextDue(lastCheckIn, periodStart) <= today;
}
