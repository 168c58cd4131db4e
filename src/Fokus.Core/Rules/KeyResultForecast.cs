using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>One measured value of a key result: a check-in's value (milestones: 1 done, 0 not done).</summary>
public readonly record struct Observation(DateTimeOffset At, double Value);

/// <summary>
/// Where a key result is heading at its period's end. Probability, Low and High are null when there is
/// nothing honest to say (fewer than <see cref="KeyResultForecast.MinimumCheckIns"/> check-ins, or an open milestone).
/// </summary>
public sealed record ForecastResult(double? ProjectedValue, double? Probability, double? Low, double? High, string Method, int BasedOnCheckIns)
{
    public bool HasForecast => Probability is not null;

    /// <summary>"At risk" by the forecast alone; null without a forecast. The stored status does not use it.</summary>
    public bool? AtRisk => Probability is { } p ? KeyResultForecast.IsAtRisk(p) : null;
}

/// <summary>
/// Forecast of a key result at its period's end, pure and deterministic.
/// Trend: Theil–Sen (the median of all pairwise slopes, with the median intercept), so one odd check-in cannot
/// tilt the line. Spread: a residual bootstrap with a fixed seed: the residuals (inflated by √(n/(n−2)) for the two
/// fitted parameters, and capped at three robust standard deviations, 3 · 1.4826 · their median absolute size, so a
/// single typo neither tilts the line nor blows up the band) are resampled onto the fitted line, the line is refitted,
/// and a further resampled residual is added at the period end. The 10th and 90th percentiles of those simulated end values are the band; the share that
/// reaches the target (respecting the direction) is the probability.
/// </summary>
public static class KeyResultForecast
{
    public const int MinimumCheckIns = 3;
    /// <summary>Below this probability the forecast says "at risk". Organisation-independent for now.</summary>
    public const double AtRiskProbability = 0.5;
    public const double LowQuantile = 0.1, HighQuantile = 0.9;
    /// <summary>Only the latest check-ins count, which keeps the pairwise slopes cheap for daily check-ins.</summary>
    public const int MaxCheckIns = 40;
    public const int Simulations = 1000;
    private const int Seed = 4_2017;

    public const string NotEnoughData = "not-enough-data";
    public const string TheilSenBootstrap = "theil-sen-bootstrap";
    public const string Final = "final";
    public const string Milestone = "milestone";

    public static bool IsAtRisk(double probability) => probability < AtRiskProbability;

    /// <summary>Whether a value at the period's end reaches the target in the key result's direction.</summary>
    public static bool Reaches(Direction direction, double target, double value) =>
        direction is Direction.Increase or Direction.AtLeast ? value >= target : value <= target;

    /// <param name="periodEnd">Inclusive last day; the forecast is for the end of that day (UTC).</param>
    /// <param name="checkIns">The check-ins' values in any order.</param>
    public static ForecastResult Of(KeyResultType type, Direction direction, decimal target, DateOnly periodStart, DateOnly periodEnd,
        IEnumerable<Observation> checkIns)
    {
        var all = checkIns.OrderBy(c => c.At).ToList();
        var used = all.Skip(Math.Max(0, all.Count - MaxCheckIns)).ToList();
        var n = used.Count;
        if (type == KeyResultType.Milestone)
            return n > 0 && used[^1].Value >= 1
                ? new ForecastResult(1, 1, 1, 1, Milestone, n)
                : new ForecastResult(null, null, null, null, Milestone, n);
        if (n < MinimumCheckIns) return new ForecastResult(null, null, null, null, NotEnoughData, n);

        var origin = new DateTimeOffset(periodStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(periodEnd.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var goal = (double)target;
        // A check-in at or after the period's end is the outcome itself.
        if (used[^1].At >= end)
        {
            var last = used[^1].Value;
            return new ForecastResult(last, Reaches(direction, goal, last) ? 1 : 0, last, last, Final, n);
        }

        var xs = used.Select(c => (c.At - origin).TotalDays).ToArray();
        var ys = used.Select(c => c.Value).ToArray();
        var horizon = (end - origin).TotalDays;
        var (intercept, slope) = TheilSen.Fit(xs, ys);
        var projected = intercept + slope * horizon;

        var simulated = Simulate(xs, ys, intercept, slope, horizon);
        var reached = simulated.Count(v => Reaches(direction, goal, v));
        Array.Sort(simulated);
        var low = Math.Min(Quantile(simulated, LowQuantile), projected);
        var high = Math.Max(Quantile(simulated, HighQuantile), projected);
        return new ForecastResult(projected, reached / (double)simulated.Length, low, high, TheilSenBootstrap, n);
    }

    private static double[] Simulate(double[] xs, double[] ys, double intercept, double slope, double horizon)
    {
        var n = xs.Length;
        var inflate = Math.Sqrt(n / (double)(n - 2));
        var fitted = xs.Select(x => intercept + slope * x).ToArray();
        var residuals = ys.Select((y, i) => (y - fitted[i]) * inflate).ToArray();
        var cap = 3 * 1.4826 * TheilSen.Median(residuals.Select(Math.Abs).ToArray());
        for (var i = 0; i < n; i++) residuals[i] = Math.Clamp(residuals[i], -cap, cap);
        var random = new Random(Seed);
        var resampled = new double[n];
        var buffer = new double[Math.Max(TheilSen.PairCount(n), n)];
        var result = new double[Simulations];
        for (var s = 0; s < Simulations; s++)
        {
            for (var i = 0; i < n; i++) resampled[i] = fitted[i] + residuals[random.Next(n)];
            var (a, b) = TheilSen.Fit(xs, resampled, buffer);
            result[s] = a + b * horizon + residuals[random.Next(n)];
        }
        return result;
    }

    /// <summary>The p-quantile of sorted values, interpolating linearly between neighbours.</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
