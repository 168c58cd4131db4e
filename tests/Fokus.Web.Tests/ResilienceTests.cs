using System.Collections.Concurrent;
using System.Net;
using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace Fokus.Web.Tests;

/// <summary>A PostgreSQL that drops connections or goes away: retried, or 503 with Retry-After, never 500.</summary>
public sealed class ResilienceTests(ITestOutputHelper output)
{
    private const int Requests = 60;

    [Fact]
    public async Task TerminatedConnections_DuringParallelCheckIns_AreRetried_AndEveryAcknowledgedCheckInIsStoredOnce()
    {
        using var app = FokusApp.Create("postgres");
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Ops", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;

        using var done = new CancellationTokenSource();
        var killer = TerminateBackendsAsync(database, done.Token);
        var statuses = new ConcurrentBag<int>();
        var acknowledged = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 6, CancellationToken = limit.Token }, async (i, ct) =>
        {
            // The client's side of the bargain: on 503 it sends the same request again with the same key.
            var note = $"check-in {i} {Guid.NewGuid():N}";
            var key = Guid.NewGuid().ToString();
            for (var attempt = 0; attempt < 10; attempt++)
            {
                var response = await IdempotencyTests.PostAsync(org.Admin, kr, key, new { value = i, confidence = 5, note });
                statuses.Add((int)response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Created) { acknowledged.Add(note); return; }
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable) return;
                Assert.True(response.Headers.RetryAfter is not null);
                await Task.Delay(200, ct);
            }
        });
        done.Cancel();
        var terminated = await killer;
        output.WriteLine($"{Requests} check-ins in {watch.Elapsed.TotalSeconds:F1} s, {terminated} backends terminated, " +
            string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}")));

        Assert.True(terminated > 0, "no backend was terminated; the test did not test anything");
        Assert.All(statuses, s => Assert.True(s is 201 or 503, $"status {s}"));
        // The server retries on its own; without EnableRetryOnFailure most requests would come back as 503.
        Assert.True(statuses.Count(s => s == 503) <= Requests / 4, "too many 503s: the server is not retrying");
        Assert.Equal(Requests, acknowledged.Count);
        var stored = await StoredNotesAsync(org, kr);
        Assert.All(acknowledged, note => Assert.Equal(1, stored.Count(n => n == note)));
        Assert.Equal(Requests, stored.Count);
    }

    [Fact]
    public async Task UnreachablePostgres_Answers503WithRetryAfter_ForTheApiAndPages()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(FokusApp.PostgresVariable)
            ?? throw new InvalidOperationException($"{FokusApp.PostgresVariable} is not set: run through ./test.sh."));
        using var seed = FokusApp.Create("postgres");
        var database = new NpgsqlConnectionStringBuilder(seed.ConnectionString);
        using var proxy = TcpProxy.Start(server.Host!, server.Port);
        database.Host = "127.0.0.1";
        database.Port = proxy.Port;
        using var app = FokusApp.Create("postgres", settings: new Dictionary<string, string?> { ["ConnectionStrings:Fokus"] = database.ConnectionString });
        var org = await TestOrg.CreateAsync(app);
        var (viewer, _) = await org.AddPersonAsync("viewer");
        var kr = (await org.CreateObjectiveAsync(org.Admin, await org.AddTeamAsync("Ops", org.AdminPersonId))).Kr(0).Id();

        proxy.Stop();

        // A write with an Idempotency-Key fails in the key's own lookup; the answer is the same 503.
        var write = await IdempotencyTests.PostAsync(org.Admin, kr, Guid.NewGuid().ToString(), new { value = 1, confidence = 5 });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.NotNull(write.Headers.RetryAfter?.Delta);
        var api = await org.Admin.GetAsync("/api/v1/teams");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.JsonAsync();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", await api.Content.ReadAsStringAsync());

        // The viewer's first request after the cut checks the membership in the database: a page answers in words.
        var page = await viewer.GetAsync("/teams");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("Exception", html);
    }

    private static async Task<int> TerminateBackendsAsync(string database, CancellationToken until)
    {
        var total = 0;
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(FokusApp.PostgresVariable));
        await connection.OpenAsync(CancellationToken.None);
        while (!until.IsCancellationRequested)
        {
            await using var kill = new NpgsqlCommand(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
            kill.Parameters.AddWithValue("db", database);
            total += Convert.ToInt32(await kill.ExecuteScalarAsync(CancellationToken.None));
            // About three restarts a second: each request still gets through within its retries.
            try { await Task.Delay(300, until); } catch (OperationCanceledException) { }
        }
        return total;
    }

    private static async Task<List<string>> StoredNotesAsync(TestOrg org, Guid kr)
    {
        var page = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins?pageSize=500")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("note").GetString()!).ToList();
    }
}
