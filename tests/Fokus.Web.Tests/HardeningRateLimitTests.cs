using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>An app of its own with tiny limits; X-Forwarded-For stands in for different client addresses.</summary>
public sealed class LowLimitsApp : IDisposable
{
    public const int SignInPerMinute = 3;
    public const int SignUpPerHour = 2;

    public FokusApp App { get; } = FokusApp.Create("sqlite", settings: new Dictionary<string, string?>
    {
        ["Fokus:RateLimits:SignInPerMinute"] = SignInPerMinute.ToString(),
        ["Fokus:RateLimits:SignUpPerHour"] = SignUpPerHour.ToString(),
        ["Fokus:ForwardedHeaders:Enabled"] = "true",
    });

    public HttpClient ClientFrom(string ip, string language = "sv")
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        client.DefaultRequestHeaders.Add("Accept-Language", language);
        return client;
    }

    public void Dispose() => App.Dispose();
}

public sealed class HardeningRateLimitTests(LowLimitsApp limits) : IClassFixture<LowLimitsApp>
{
    private static readonly object WrongLogin = new { email = "nobody@test.example", password = "wrong-password" };

    [Fact]
    public async Task SignIn_OverTheLimit_Answers429_WithRetryAfter_PerClient_ForApiAndForm()
    {
        var first = limits.ClientFrom("10.0.0.1");
        for (var i = 0; i < LowLimitsApp.SignInPerMinute; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await first.PostAsJsonAsync("/api/v1/auth/login", WrongLogin)).StatusCode);

        var refused = await first.PostAsJsonAsync("/api/v1/auth/login", WrongLogin);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("För många försök från din adress. Vänta en stund och försök igen.", (await refused.JsonAsync()).GetProperty("title").GetString());
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);

        // The form sign-in shares the window; showing the form does not count.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostAsync("/login", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/login")).StatusCode);

        var english = await limits.ClientFrom("10.0.0.1", "en").PostAsJsonAsync("/api/v1/auth/login", WrongLogin);
        Assert.Equal("Too many attempts from your address. Wait a moment and try again.", (await english.JsonAsync()).GetProperty("title").GetString());

        var other = limits.ClientFrom("10.0.0.2");
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.PostAsJsonAsync("/api/v1/auth/login", WrongLogin)).StatusCode);
    }

    [Fact]
    public async Task SignUp_OverTheLimit_Answers429()
    {
        var client = limits.ClientFrom("10.0.0.3");
        for (var i = 0; i < LowLimitsApp.SignUpPerHour; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/organisations", new { })).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/v1/organisations", new { });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);

        // Only the sign-up door is limited, not everything under the same route.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/organisation")).StatusCode);
    }
}
