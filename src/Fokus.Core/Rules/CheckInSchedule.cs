namespace Fokus.Core.Rules;

/// <summary>
/// When a key result's next check-in falls due: on the organisation's check-in weekday, once a week.
/// A key result never checked in is due from the first check-in day of its period.
/// </summary>
public static class CheckInSchedule
{
    /// <summary>A check-in older than this has missed a whole weekly cycle.</summary>
    public const int StaleAfterDays = 7;

    public static DateOnly NextDue(DateOnly? lastCheckIn, DayOfWeek weekday, DateOnly periodStart)
    {
        var from = lastCheckIn?.AddDays(1) ?? periodStart;
        return from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);
    }

    public static bool IsDue(DateOnly? lastCheckIn, DayOfWeek weekday, DateOnly periodStart, DateOnly today) =>
        NextDue(lastCheckIn, weekday, periodStart) <= today;

    /// <summary>Whole days since the last check-in, or null when there has been none.</summary>
    public static int? DaysSince(DateOnly? lastCheckIn, DateOnly today) =>
        lastCheckIn is { } last ? Math.Max(0, today.DayNumber - last.DayNumber) : null;

    /// <summary>No check-in for more than a week, counting from the period's start when there has been none; never before the period starts.</summary>
    public static bool IsStale(DateOnly? lastCheckIn, DateOnly periodStart, DateOnly today) =>
        today.DayNumber - (lastCheckIn ?? periodStart).DayNumber > StaleAfterDays;
}
