using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>How a value fits its key result: fine, impossible, or so far out that a person must confirm it.</summary>
public enum Plausibility { Plausible, OutOfPercentRange, Outlier }

/// <summary>
/// Plausible values for key results and their check-ins: one rule for the API, the check-in dialog and the editor,
/// so a typo (2610 for 26.10) is caught the same way everywhere.
/// </summary>
public static class CheckInPlausibility
{
    /// <summary>A value further outside [start, target] than this many times |target − start| asks for confirmation.</summary>
    public const decimal OutlierFactor = 10m;
    public const decimal PercentMin = 0m, PercentMax = 100m;
    public const decimal WeightMax = 100m;

    /// <summary>Percent key results stay within 0–100 unless they say otherwise (growth rates and the like).</summary>
    public static bool IsBoundedPercent(KeyResultType type, bool unboundedPercent) => type == KeyResultType.Percent && !unboundedPercent;

    public static bool InPercentRange(decimal value) => value is >= PercentMin and <= PercentMax;

    /// <summary>A check-in value against its key result's definition; milestones have no value to judge.</summary>
    public static Plausibility Judge(KeyResultType type, bool unboundedPercent, decimal start, decimal target, decimal value)
    {
        if (type == KeyResultType.Milestone) return Plausibility.Plausible;
        if (IsBoundedPercent(type, unboundedPercent) && !InPercentRange(value)) return Plausibility.OutOfPercentRange;
        return IsOutlier(start, target, value) ? Plausibility.Outlier : Plausibility.Plausible;
    }

    public static Plausibility Judge(KeyResult kr, decimal value) =>
        Judge(kr.Type, kr.UnboundedPercent, kr.StartValue, kr.TargetValue, value);

    /// <summary>
    /// More than 10 × |target − start| outside the range [min(start, target), max(start, target)]. A key result whose start
    /// equals its target ("stay at or above 95") has no distance, so any value is plausible rather than every change an outlier.
    /// </summary>
    public static bool IsOutlier(decimal start, decimal target, decimal value)
    {
        var distance = Math.Abs(target - start);
        if (distance == 0) return false;
        var (low, high) = (Math.Min(start, target), Math.Max(start, target));
        try
        {
            var outside = value < low ? low - value : value > high ? value - high : 0m;
            return outside / OutlierFactor > distance;
        }
        catch (OverflowException)
        {
            return true; // only values near decimal's limits get here, and they are far out by any measure
        }
    }

    /// <summary>Start equal to target measures nothing, except for "stay at or above/below" key results and milestones.</summary>
    public static bool StartMayEqualTarget(KeyResultType type, Direction direction) =>
        type == KeyResultType.Milestone || direction is Direction.AtLeast or Direction.AtMost;

    /// <summary>Weights are positive: zero or negative would silently drop the key result from its objective's progress.</summary>
    public static bool IsValidWeight(decimal weight) => weight > 0 && weight <= WeightMax;

    /// <summary>The number of key results an objective may have, within the organisation's setting (1–25).</summary>
    public static bool WithinKeyResultLimit(int count, int maxPerObjective) => count <= EffectiveLimit(maxPerObjective);

    public static int EffectiveLimit(int maxPerObjective) =>
        maxPerObjective is >= 1 and <= Organisation.MaxKeyResultsCeiling ? maxPerObjective : Organisation.DefaultMaxKeyResults;
}
