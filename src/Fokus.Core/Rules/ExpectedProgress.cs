namespace Fokus.Core.Rules;

/// <summary>The ideal straight path through a period: clamp((d − a) / (b − a), 0, 1).</summary>
public static class ExpectedProgress
{
    public static double On(DateOnly day, DateOnly start, DateOnly end)
    {
        if (end <= start) return day >= end ? 1 : 0;
        var p = (double)(day.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber);
        return Math.Clamp(p, 0, 1);
    }
}
