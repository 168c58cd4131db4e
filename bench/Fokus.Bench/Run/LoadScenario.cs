using System.Diagnostics;
using System.Net;

namespace Fokus.Bench.Run;

/// <summary>One row of the table: a request shape sent by <paramref name="Workers"/> concurrent loops.</summary>
/// <param name="CreateRequest">Builds the n-th request (n counts across all workers, for rotating over ids).</param>
internal sealed record LoadScenario(string Name, int Workers, HttpStatusCode Expected, Func<long, HttpRequestMessage> CreateRequest);

/// <summary>
/// Runs a scenario: warm-up, then a timed window. Only requests that start and finish inside the window are
/// measured; every response with the expected status counts as acknowledged, warm-up included.
/// </summary>
internal sealed class LoadScenarioRunner(HttpClient http, TimeSpan warmUp, TimeSpan measured)
{
    /// <summary>Assumed ceiling of the whole client's throughput, to size each worker's latency buffer up front.</summary>
    private const int ExpectedMaxRequestsPerSecond = 100_000;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public async Task<ScenarioResult> RunAsync(LoadScenario scenario, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(warmUp + measured + Grace);
        var capacity = (int)Math.Clamp(measured.TotalSeconds * ExpectedMaxRequestsPerSecond / scenario.Workers, 1_024, 4_000_000);
        var sequence = new long[1];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, scenario.Workers)
            .Select(_ => Task.Run(() => WorkAsync(scenario, clock, sequence, capacity, bounded.Token), CancellationToken.None))
            .ToArray();
        var outcomes = await Task.WhenAll(workers);
        ct.ThrowIfCancellationRequested();
        return ScenarioResult.From(scenario, measured, outcomes);
    }

    private async Task<WorkerOutcome> WorkAsync(LoadScenario scenario, Stopwatch clock, long[] sequence, int capacity, CancellationToken ct)
    {
        var outcome = new WorkerOutcome(new List<long>(capacity));
        var windowStart = (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var windowEnd = (long)((warmUp + measured).TotalSeconds * Stopwatch.Frequency);
        while (clock.ElapsedTicks < windowEnd && !ct.IsCancellationRequested)
        {
            var started = clock.ElapsedTicks;
            var ok = false;
            try
            {
                using var request = scenario.CreateRequest(Interlocked.Increment(ref sequence[0]));
                using var response = await http.SendAsync(request, ct);
                ok = response.StatusCode == scenario.Expected;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { } // HttpClient.Timeout
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { break; }
            var finished = clock.ElapsedTicks;
            if (ok) outcome.Acknowledged++;
            if (started < windowStart || finished > windowEnd) continue;
            outcome.Latencies.Add(finished - started);
            if (!ok) outcome.Errors++;
        }
        return outcome;
    }
}

internal sealed class WorkerOutcome(List<long> latencies)
{
    /// <summary>Stopwatch ticks of each measured request, errors included.</summary>
    public List<long> Latencies { get; } = latencies;
    public long Errors { get; set; }
    public long Acknowledged { get; set; }
}
