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

    /// <summary>
    /// Check-in discipline over a span: each check-in day in [from, to] is one due check-in, and it counts as made when a
    /// check-in falls in the week that ends on it (the six days before, or the day itself).
    /// </summary>
    public static (int Due, int Made) Discipline(IEnumerable<DateOnly> checkIns, DayOfWeek weekday, DateOnly from, DateOnly to)
    {
        var days = checkIns.ToHashSet();
        var due = 0;
        var made = 0;
        for (var day = NextDue(null, weekday, from); day <= to; day = day.AddDays(7))
        {
            due++;
            if (Enumerable.Range(0, 7).Any(back => days.Contains(day.AddDays(-back)))) made++;
        }
        return (due, made);
    }
}
