using System.Globalization;
using System.Net;
using Xunit.Abstractions;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>
/// Fuzzes every operation of the app's own OpenAPI document as admin, lead, member, viewer and anonymous.
/// FOKUS_FUZZ_REQUESTS sets the number of requests per database (default 2,000); FOKUS_FUZZ_SEED replays a run.
/// </summary>
[Collection(AppsCollection.Name)]
public sealed class FuzzTests(Apps apps, ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryOperation_NeverAnswers5xx_StackTraces_OrAnotherOrganisationsData(string provider)
    {
        var app = apps.Get(provider);
        var seed = Setting("FOKUS_FUZZ_SEED", Random.Shared.Next());
        var total = Setting("FOKUS_FUZZ_REQUESTS", 2_000);
        var started = DateTime.UtcNow;
        Log($"fuzz {provider}: seed {seed} (replay with FOKUS_FUZZ_SEED={seed} FOKUS_FUZZ_REQUESTS={total})");

        var other = await FuzzWorld.CreateAsync(app, FuzzWorld.Marker);
        var doc = await ApiDocument.LoadAsync(other.Org.Admin);
        Assert.True(doc.Operations.Count > 50, $"the OpenAPI document lists only {doc.Operations.Count} operations");
        var runner = new FuzzRunner(app, doc, other, seed);
        await runner.RunAsync(total);
        var report = runner.Report;
        Log($"fuzz {provider}: {report.Summary()}took {(DateTime.UtcNow - started).TotalSeconds:0} s");

        Assert.True(report.Failures.Count == 0,
            $"seed {seed}, {report.Failures.Count} of {report.Total} requests failed ({report.ServerErrors} answered 5xx):\n"
            + string.Join("\n", report.Failures.Take(25)));
        // A fuzzer that only ever hears 400 tests nothing: enough operations must have been reached and succeeded.
        var reached = report.ByOperation.Count(o => o.Value.Keys.Any(s => s is >= 200 and < 300));
        Assert.True(reached * 3 >= doc.Operations.Count, $"only {reached} of {doc.Operations.Count} operations ever answered 2xx");
        await AssertOtherOrganisationIntact(app, other);
    }

    /// <summary>After the run the other organisation's ids still answer 404 to a fresh organisation, and 200 to their own admin.</summary>
    private static async Task AssertOtherOrganisationIntact(FokusApp app, FuzzWorld other)
    {
        var outsider = await TestOrg.CreateAsync(app);
        string[] readable = ["teams", "people", "periods", "objectives", "key-results", "check-ins", "initiatives", "meetings"];
        foreach (var kind in readable)
            foreach (var id in other.Ids[kind])
            {
                var url = $"/api/v1/{kind}/{id}";
                Assert.True(HttpStatusCode.NotFound == (await outsider.Admin.GetAsync(url)).StatusCode, $"{url} answered the outsider");
                Assert.True(HttpStatusCode.OK == (await other.Org.Admin.GetAsync(url)).StatusCode, $"{url} is gone for its own organisation");
            }
    }

    private void Log(string text)
    {
        output.WriteLine(text);
        Console.WriteLine(text);
    }
}
