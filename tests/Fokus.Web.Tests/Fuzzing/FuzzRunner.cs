using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>
/// Sends the requests: every operation in turn (shuffled each round), a fresh first organisation every
/// <see cref="BatchSize"/> requests so that deletes and closed periods do not empty the later requests of meaning.
/// </summary>
internal sealed class FuzzRunner(FokusApp app, ApiDocument doc, FuzzWorld other, int seed)
{
    public const int BatchSize = 400;
    private const int Lanes = 3;
    private static readonly string[] CallerWeights = ["admin", "admin", "admin", "lead", "lead", "member", "member", "viewer", "viewer", "anonymous", "anonymous"];
    private readonly Random random = new(seed);
    private readonly HttpClient anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    private readonly string[] otherIds = other.AllIds.Select(i => i.ToString()).ToArray();

    public FuzzReport Report { get; } = new();

    public async Task RunAsync(int total)
    {
        var order = new List<ApiOperation>();
        for (var start = 0; start < total; start += BatchSize)
        {
            var own = await FuzzWorld.CreateAsync(app);
            var requests = new FuzzRequests(random, doc, new FuzzIds(random, own, other));
            var batch = new List<(FuzzCase Case, HttpClient Client)>();
            for (var i = start; i < Math.Min(total, start + BatchSize); i++)
            {
                if (order.Count == 0) order = doc.Operations.OrderBy(_ => random.Next()).ToList();
                var operation = order[^1];
                order.RemoveAt(order.Count - 1);
                var caller = CallerWeights[random.Next(CallerWeights.Length)];
                batch.Add((requests.Build(i, operation, caller), own.Callers[caller] ?? anonymous));
            }
            // Generated in seed order, sent a few at a time: the database waits on I/O more than on the two cores.
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Lanes }, async (b, _) => await SendAsync(b.Case, b.Client));
        }
    }

    private async Task SendAsync(FuzzCase request, HttpClient client)
    {
        int status;
        string? mediaType;
        string text;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request.ToMessage());
            status = (int)response.StatusCode;
            mediaType = response.Content.Headers.ContentType?.MediaType;
            var bytes = await response.Content.ReadAsByteArrayAsync();
            text = FuzzChecks.IsText(mediaType) ? Encoding.UTF8.GetString(bytes) : "";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The in-memory server rethrows what escaped the pipeline: as bad as a 500.
            Report.Add(request, 599, $"the request threw {e.GetType().Name}: {e.Message}", clock.Elapsed);
            return;
        }
        var problem = FuzzChecks.Problem(request, status, mediaType, text, otherIds);
        Report.Add(request, status, problem is null ? null : $"{problem}; response: {FuzzChecks.Excerpt(text)}", clock.Elapsed);
    }
}

/// <summary>Counts by operation and status, and every failure with its request.</summary>
internal sealed class FuzzReport
{
    public int Total { get; private set; }
    public int ServerErrors { get; private set; }
    public List<string> Failures { get; } = [];
    public Dictionary<string, Dictionary<int, int>> ByOperation { get; } = [];

    private readonly Dictionary<string, TimeSpan> time = [];

    public void Add(FuzzCase request, int status, string? failure, TimeSpan took)
    {
        lock (time) AddLocked(request, status, failure, took);
    }

    private void AddLocked(FuzzCase request, int status, string? failure, TimeSpan took)
    {
        Total++;
        time[request.Operation] = time.GetValueOrDefault(request.Operation) + took;
        if (status >= 500) ServerErrors++;
        if (!ByOperation.TryGetValue(request.Operation, out var counts)) ByOperation[request.Operation] = counts = [];
        counts[status] = counts.GetValueOrDefault(status) + 1;
        if (failure is not null) Failures.Add($"{request.Describe()}\n    -> {failure}");
    }

    public string Summary()
    {
        var sb = new StringBuilder();
        var statuses = ByOperation.Values.SelectMany(c => c).GroupBy(c => c.Key).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {g.Sum(x => x.Value)}");
        sb.AppendLine($"{Total} requests, {ServerErrors} answered 5xx, {Failures.Count} failures; statuses {string.Join(", ", statuses)}");
        sb.AppendLine("slowest: " + string.Join(", ", time.OrderByDescending(t => t.Value).Take(6).Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s")));
        foreach (var (op, counts) in ByOperation.OrderBy(o => o.Key, StringComparer.Ordinal))
            sb.AppendLine($"  {op}: {string.Join(" ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}x{c.Value}"))}");
        return sb.ToString();
    }
}
