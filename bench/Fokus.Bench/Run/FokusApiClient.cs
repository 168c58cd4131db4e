using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Fokus.Bench.Run;

/// <summary>Targets for the load scenarios: teams that own objectives and value key results, all in the current period.</summary>
internal sealed record LoadTargets(Guid PeriodId, string PeriodName, IReadOnlyList<Guid> TeamIds, IReadOnlyList<KeyResultSummary> KeyResults);

/// <summary>The few API calls the run makes outside the timed loops: sign-in, discovery and check-in counting.</summary>
internal sealed class FokusApiClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const int MaxDiscoveryPages = 50;

    public AuthenticationHeaderValue? Authorization { get; private set; }

    public async Task SignInAsync(string email, string password, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Post, "api/v1/auth/login", JsonSerializer.Serialize(new LoginRequest(email, password), Json));
        using var response = await http.SendAsync(request, ct);
        var login = await ReadAsync<LoginResponse>(response, ct);
        Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? jsonBody = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = Authorization;
        if (jsonBody is not null)
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        return request;
    }

    public async Task<LoadTargets> FindTargetsAsync(int teamCount, int keyResultCount, CancellationToken ct)
    {
        var period = await GetAsync<PeriodResponse>("api/v1/periods/current", ct);
        var teams = new List<Guid>();
        var keyResults = new List<KeyResultSummary>();
        for (var page = 1; page <= MaxDiscoveryPages && (teams.Count < teamCount || keyResults.Count < keyResultCount); page++)
        {
            var objectives = await GetAsync<PageResponse<ObjectiveSummary>>(
                $"api/v1/objectives?periodId={period.Id}&level=team&page={page}&pageSize=200", ct);
            foreach (var objective in objectives.Items)
            {
                if (objective.OwnerTeamId is { } team && teams.Count < teamCount && !teams.Contains(team))
                    teams.Add(team);
                keyResults.AddRange((objective.KeyResults ?? []).Where(k => !k.IsMilestone).Take(keyResultCount - keyResults.Count));
            }
            if (objectives.Items.Count == 0 || page * objectives.PageSize >= objectives.Total) break;
        }
        return new LoadTargets(period.Id, period.Name, teams, keyResults);
    }

    /// <summary>Sum of the stored check-in counts of the given key results, read from each list's paging total.</summary>
    public async Task<long> CountCheckInsAsync(IEnumerable<Guid> keyResultIds, int parallelism, CancellationToken ct)
    {
        long total = 0;
        await Parallel.ForEachAsync(keyResultIds, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (id, token) =>
            {
                var page = await GetAsync<PageResponse<JsonElement>>($"api/v1/key-results/{id}/check-ins?page=1&pageSize=1", token);
                Interlocked.Add(ref total, page.Total);
            });
        return total;
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Get, path);
        using var response = await http.SendAsync(request, ct);
        return await ReadAsync<T>(response, ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new BenchApiException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} " +
                $"answered {(int)response.StatusCode} {response.ReasonPhrase}: {body[..Math.Min(body.Length, 500)]}");
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, ct)
            ?? throw new BenchApiException($"{response.RequestMessage?.RequestUri?.PathAndQuery} answered an empty body.");
    }
}

/// <summary>The server did not answer as the API contract says; the run stops with this message.</summary>
internal sealed class BenchApiException(string message) : Exception(message);
