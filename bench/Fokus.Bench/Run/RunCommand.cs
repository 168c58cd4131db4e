using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Fokus.Bench.Run;

internal static class RunCommand
{
    private const int TeamRotation = 50;
    private const int KeyResultRotation = 200;
    private const int BigPictureMaxConnections = 4;

    public static async Task<int> RunAsync(RunOptions options, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Connections,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        var api = new FokusApiClient(http);
        try
        {
            await api.SignInAsync(options.Email, options.Password, ct);
            var targets = await api.FindTargetsAsync(TeamRotation, KeyResultRotation, ct);
            if (targets.TeamIds.Count == 0 || targets.KeyResults.Count == 0)
            {
                Console.Error.WriteLine($"Period {targets.PeriodName} has no team objectives with value key results to load; run `generate` first.");
                return 1;
            }
            PrintParameters(options, targets);
            return await RunScenariosAsync(http, api, options, targets, ct);
        }
        catch (Exception e) when (e is BenchApiException or HttpRequestException or JsonException)
        {
            Console.Error.WriteLine($"The server at {options.Url} did not answer as expected: {e.Message}" +
                (e.InnerException is { } inner ? $" ({inner.Message})" : ""));
            return 1;
        }
    }

    private static async Task<int> RunScenariosAsync(HttpClient http, FokusApiClient api, RunOptions options, LoadTargets targets, CancellationToken ct)
    {
        var runner = new LoadScenarioRunner(http, RunOptions.WarmUp, TimeSpan.FromSeconds(options.Seconds));
        var period = targets.PeriodId;
        var teams = targets.TeamIds;
        var keyResults = targets.KeyResults;
        var c = options.Connections;
        var results = new List<ScenarioResult>();

        async Task<ScenarioResult> Run(LoadScenario scenario)
        {
            Console.Error.WriteLine($"Running {scenario.Name} with {scenario.Workers} connections…");
            var result = await runner.RunAsync(scenario, ct);
            results.Add(result);
            return result;
        }

        var healthz = await Run(new("GET /healthz/live", c, HttpStatusCode.OK, _ => new HttpRequestMessage(HttpMethod.Get, "healthz/live")));
        await Run(new("GET /api/v1/teams/{id}/okrs", c, HttpStatusCode.OK,
            n => api.Request(HttpMethod.Get, $"api/v1/teams/{teams[(int)(n % teams.Count)]}/okrs?periodId={period}")));
        var bigPicture = await Run(new("GET /api/v1/big-picture", Math.Min(c, BigPictureMaxConnections), HttpStatusCode.OK,
            _ => api.Request(HttpMethod.Get, $"api/v1/big-picture?periodId={period}")));

        var counting = Math.Min(c, 8);
        var before = await api.CountCheckInsAsync(keyResults.Select(k => k.Id), counting, ct);
        var checkIns = await Run(new("POST /api/v1/key-results/{id}/check-ins", c, HttpStatusCode.Created, n =>
        {
            var kr = keyResults[(int)(n % keyResults.Count)];
            return api.Request(HttpMethod.Post, $"api/v1/key-results/{kr.Id}/check-ins", CheckInBody(kr, n));
        }));
        var stored = await api.CountCheckInsAsync(keyResults.Select(k => k.Id), counting, ct) - before;
        var lost = checkIns.Acknowledged - stored;

        Console.WriteLine(ResultTable.ToMarkdown(results, healthz));
        Console.WriteLine($"big picture load: {bigPicture.P50Ms:F1} ms (p50)");
        Console.WriteLine($"check-ins acknowledged {checkIns.Acknowledged:N0}, stored {stored:N0}, lost {lost:N0}" +
            (lost < 0 ? " (more stored than acknowledged: some requests timed out client-side after the server saved them)" : ""));
        return lost > 0 ? 1 : 0;
    }

    /// <summary>A value moving between the key result's start and target (0–100 when the list doesn't say).</summary>
    private static string CheckInBody(KeyResultSummary kr, long n)
    {
        var share = (decimal)(n % 101) / 100m;
        var (start, target) = (kr.StartValue ?? 0m, kr.TargetValue ?? 100m);
        var value = Math.Round(start + (target - start) * share, 2);
        return JsonSerializer.Serialize(new CheckInRequest(value, 7, "bench", "", ""), FokusApiClient.Json);
    }

    private static void PrintParameters(RunOptions options, LoadTargets targets)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription}, " +
            $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
        Console.WriteLine($"Target: {options.Url} as {options.Email}; period {targets.PeriodName} ({targets.PeriodId})");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Parameters: {options.Seconds} s measured per scenario after {RunOptions.WarmUp.TotalSeconds:F0} s warm-up, " +
            $"{options.Connections} connections (big picture {Math.Min(options.Connections, BigPictureMaxConnections)}), " +
            $"rotating over {targets.TeamIds.Count} teams and {targets.KeyResults.Count} key results"));
        Console.WriteLine();
    }
}
