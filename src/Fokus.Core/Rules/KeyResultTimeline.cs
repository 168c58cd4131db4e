using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>
/// A key result's own clock inside its period: its expected path and its due check-ins start on the day it was created
/// (never before the period starts), so work added mid-period is not behind on its first day.
/// </summary>
/// <param name="DueFrom">First day a check-in can be due: the period's start, or the day after a key result added later.</param>
public readonly record struct KeyResultTimeline(DateOnly PathStart, DateOnly PeriodEnd, int GraceDays, DateOnly DueFrom)
{
    public static KeyResultTimeline Of(DateTimeOffset createdAt, DateOnly periodStart, DateOnly periodEnd, int graceDays)
    {
        var created = DateOnly.FromDateTime(createdAt.UtcDateTime);
        var start = created < periodStart ? periodStart : created > periodEnd ? periodEnd : created;
        return new KeyResultTimeline(start, periodEnd, Math.Max(0, graceDays), created >= periodStart ? start.AddDays(1) : start);
    }

    public static KeyResultTimeline Of(KeyResult k, Period period, int graceDays) =>
        Of(k.CreatedAt, period.StartDate, period.EndDate, graceDays);

    /// <summary>Share of the path expected on <paramref name="day"/>, from the key result's own start.</summary>
    public double ExpectedOn(DateOnly day) => ExpectedProgress.On(day, PathStart, PeriodEnd);

    /// <summary>Never checked in and still within the grace days: not started, rather than behind.</summary>
    public bool IsNotStarted(DateTimeOffset? lastCheckIn, DateOnly today) =>
        lastCheckIn is null && today.DayNumber - PathStart.DayNumber < GraceDays;

    /// <summary>The status on <paramref name="today"/>, with the expected share it was measured against.</summary>
    public (KeyResultStatus Status, double Expected) Assess(double progress, DateTimeOffset? lastCheckIn, int? confidence,
        DateOnly today, StatusThresholds thresholds)
    {
        var expected = ExpectedOn(today);
        if (progress < 1 && IsNotStarted(lastCheckIn, today)) return (KeyResultStatus.NotStarted, expected);
        return (KeyResultStatusRule.Of(progress, expected, confidence, thresholds), expected);
    }
}
