using System.Text;

namespace Fokus.Bench.Run;

/// <summary>The results as a Markdown table, ready to paste into a README.</summary>
internal static class ResultTable
{
    public static string ToMarkdown(IReadOnlyList<ScenarioResult> results, ScenarioResult baseline)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms | vs /healthz/live |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ratio = baseline.RequestsPerSecond > 0 ? Percent(r.RequestsPerSecond / baseline.RequestsPerSecond * 100) : "n/a";
            text.AppendLine($"| {r.Name} ({r.Workers} conn.) | {r.Requests:N0} | {r.Errors:N0} | {r.RequestsPerSecond:N0} | " +
                $"{Ms(r.P50Ms)} | {Ms(r.P95Ms)} | {Ms(r.P99Ms)} | {ratio} |");
        }
        return text.ToString();
    }

    private static string Percent(double value) => value.ToString(value < 1 ? "F2" : "F1") + " %";

    private static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value < 10 ? "F2" : "F1");
}
