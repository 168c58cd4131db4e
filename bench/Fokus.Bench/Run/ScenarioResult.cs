using System.Diagnostics;

namespace Fokus.Bench.Run;

internal sealed record ScenarioResult(
    string Name, int Workers, long Requests, long Errors, double RequestsPerSecond,
    double P50Ms, double P95Ms, double P99Ms, long Acknowledged)
{
    public static ScenarioResult From(LoadScenario scenario, TimeSpan measured, IReadOnlyList<WorkerOutcome> outcomes)
    {
        var latencies = new long[outcomes.Sum(o => o.Latencies.Count)];
        var offset = 0;
        foreach (var outcome in outcomes)
        {
            outcome.Latencies.CopyTo(latencies, offset);
            offset += outcome.Latencies.Count;
        }
        Array.Sort(latencies);
        return new ScenarioResult(
            scenario.Name, scenario.Workers, latencies.Length, outcomes.Sum(o => o.Errors),
            latencies.Length / measured.TotalSeconds,
            PercentileMs(latencies, 0.50), PercentileMs(latencies, 0.95), PercentileMs(latencies, 0.99),
            outcomes.Sum(o => o.Acknowledged));
    }

    /// <summary>Nearest-rank percentile of sorted stopwatch ticks, in milliseconds; NaN when nothing was measured.</summary>
    private static double PercentileMs(long[] sortedTicks, double quantile)
    {
        if (sortedTicks.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(quantile * sortedTicks.Length) - 1;
        return sortedTicks[Math.Clamp(rank, 0, sortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
