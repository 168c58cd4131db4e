using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Fokus.Web.Tests;

/// <summary>Sign-in that reveals nothing: unknown and known accounts answer alike, and the throttle is per account and client.</summary>
[Collection(SignInAppsCollection.Name)]
public sealed class SignInTests(SignInApps apps, ITestOutputHelper output)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownEmail_AndWrongPassword_AnswerTheSameStatusBodyAndTime(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var known = await AdminEmailAsync(org);
        // Warm up both paths (JIT, connection pools) before measuring.
        for (var i = 0; i < 3; i++)
        {
            await SignInApps.LoginAsync(apps.From(app), $"nobody-{Guid.NewGuid():N}@test.example", "wrong-password-1");
            await SignInApps.LoginAsync(apps.From(app), known, "wrong-password-1");
        }
        var (unknownTimes, knownTimes) = (new List<double>(), new List<double>());
        string? unknownBody = null, knownBody = null;
        for (var i = 0; i < 25; i++)
        {
            // A fresh client address each time, so no throttle is reached and only the check itself is timed.
            var (u, uBody) = await TimedAsync(apps.From(app), $"nobody-{Guid.NewGuid():N}@test.example", unknownTimes);
            var (k, kBody) = await TimedAsync(apps.From(app), known, knownTimes);
            Assert.Equal(HttpStatusCode.Unauthorized, u);
            Assert.Equal(HttpStatusCode.Unauthorized, k);
            (unknownBody, knownBody) = (uBody, kBody);
        }
        Assert.Equal(unknownBody, knownBody);
        var (unknownMedian, knownMedian) = (Median(unknownTimes), Median(knownTimes));
        output.WriteLine($"{provider}: sign-in median unknown {unknownMedian:F1} ms, known with wrong password {knownMedian:F1} ms");
        // Before the fix the ratio was about 26 (3.6 ms against 94 ms); within noise it is now near 1.
        var ratio = Math.Max(unknownMedian, knownMedian) / Math.Min(unknownMedian, knownMedian);
        Assert.True(ratio < 2.0, $"unknown {unknownMedian:F1} ms vs known {knownMedian:F1} ms (ratio {ratio:F2})");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Failures_ThrottleThatAccountFromThatClient_WithRetryAfter_AndAnotherClientStillSignsIn(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var email = await AdminEmailAsync(org);
        var attacker = apps.From(app);
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInApps.LoginAsync(attacker, email, "wrong-password-1")).StatusCode);
        // The fifth failure starts a wait of one second; during it even the right password is not checked.
        var fifth = await SignInApps.LoginAsync(attacker, email, "wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), fifth.Headers.RetryAfter?.Delta);
        Assert.Equal("Try again in 1 seconds.", (await fifth.JsonAsync()).GetProperty("detail").GetString());
        var during = await SignInApps.LoginAsync(attacker, email, TestOrg.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, during.StatusCode);
        Assert.NotNull(during.Headers.RetryAfter?.Delta);

        // The admin at another address is not held up.
        Assert.Equal(HttpStatusCode.OK, (await SignInApps.LoginAsync(apps.From(app), email, TestOrg.Password)).StatusCode);

        // The wait doubles with each further failure.
        await Task.Delay(1100);
        var sixth = await SignInApps.LoginAsync(attacker, email, "wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), sixth.Headers.RetryAfter?.Delta);

        // Once the wait is over, the right password works from there and clears the count.
        await Task.Delay(2100);
        Assert.Equal(HttpStatusCode.OK, (await SignInApps.LoginAsync(attacker, email, TestOrg.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInApps.LoginAsync(attacker, email, "wrong-password-1")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownAccount_IsThrottledLikeAKnownOne_InSwedishToo(string provider)
    {
        var app = apps.Get(provider);
        var client = apps.From(app, language: "sv");
        var email = $"ghost-{Guid.NewGuid():N}@test.example";
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInApps.LoginAsync(client, email, "wrong-password-1")).StatusCode);
        var refused = await SignInApps.LoginAsync(client, email, "wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.JsonAsync();
        Assert.Equal("För många misslyckade försök från den här adressen.", problem.GetProperty("title").GetString());
        Assert.Equal("Försök igen om 1 sekunder.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("sv", "För många misslyckade försök från den här adressen. Försök igen om 1 sekunder.")]
    [InlineData("en", "Too many failed attempts from this address. Try again in 1 seconds.")]
    public async Task LoginForm_ShowsTheWait_InThePersonsLanguage(string language, string expected)
    {
        var app = apps.Get("sqlite");
        var client = apps.From(app, language: language);
        var email = $"ghost-{Guid.NewGuid():N}@test.example";
        HttpResponseMessage last = default!;
        for (var i = 0; i < 5; i++) last = await HardeningForms.SignInWithFormAsync(client, email, "wrong-password-1");
        Assert.Equal(TimeSpan.FromSeconds(1), last.Headers.RetryAfter?.Delta);
        Assert.Contains(expected, WebUtility.HtmlDecode(await last.Content.ReadAsStringAsync()));
    }

    private static async Task<string> AdminEmailAsync(TestOrg org) =>
        (await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("email").GetString()!;

    private static async Task<(HttpStatusCode, string)> TimedAsync(HttpClient client, string email, List<double> times)
    {
        var watch = Stopwatch.StartNew();
        var response = await SignInApps.LoginAsync(client, email, "wrong-password-1");
        var body = await response.Content.ReadAsStringAsync();
        times.Add(watch.Elapsed.TotalMilliseconds);
        // The trace id differs per request by design; everything else must be identical.
        var json = JsonNode.Parse(body)!.AsObject();
        json.Remove("traceId");
        return (response.StatusCode, json.ToJsonString());
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
