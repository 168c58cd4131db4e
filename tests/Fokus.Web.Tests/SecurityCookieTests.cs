using System.Net;

namespace Fokus.Web.Tests;

/// <summary>
/// Cookies and HSTS over HTTPS, reached directly or through a trusted proxy's X-Forwarded-Proto. SQLite only: both come
/// from middleware that runs before any database work; the provider theory in SecurityHeadersTests covers the sign-in.
/// </summary>
public sealed class SecurityCookieTests
{
    private const string Hsts = "max-age=31536000; includeSubDomains";

    [Theory]
    [InlineData("https://fokus.example/", false)]
    [InlineData("http://fokus.example/", true)]
    public async Task OverHttps_EveryCookieIsSecure_AndHstsIsSent(string baseAddress, bool forwarded)
    {
        using var app = FokusApp.Create("sqlite", settings: new Dictionary<string, string?> { ["Fokus:ForwardedHeaders:Enabled"] = "true" });
        var org = await TestOrg.CreateAsync(app);
        var browser = app.CreateDefaultClient(new Uri(baseAddress), new CookieJar());
        if (forwarded) browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await browser.GetAsync("/login");
        Assert.Equal(Hsts, SecurityHeadersTests.Single(login, "Strict-Transport-Security"));
        AssertFlags(Cookie(login, ".AspNetCore.Antiforgery."), secure: true, sameSite: "strict");

        var signIn = await HardeningForms.SignInWithFormAsync(browser, await HardeningForms.EmailOfAsync(org), TestOrg.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertFlags(Cookie(signIn, "fokus.auth="), secure: true, sameSite: "lax");

        var culture = await browser.GetAsync("/culture?lang=en&returnUrl=/");
        AssertFlags(Cookie(culture, ".AspNetCore.Culture="), secure: true, sameSite: "lax");

        var me = await browser.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(Hsts, SecurityHeadersTests.Single(me, "Strict-Transport-Security"));
        Assert.Equal("no-store", SecurityHeadersTests.Single(me, "Cache-Control"));
    }

    [Fact]
    public async Task OverPlainHttp_CookiesAreNotSecure_AndThereIsNoHsts()
    {
        using var app = FokusApp.Create("sqlite");
        var browser = app.CreateDefaultClient(new Uri("http://fokus.example/"), new CookieJar());
        // Without the forwarded-headers setting a client's own X-Forwarded-Proto is not believed.
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await browser.GetAsync("/login");
        Assert.False(login.Headers.Contains("Strict-Transport-Security"));
        AssertFlags(Cookie(login, ".AspNetCore.Antiforgery."), secure: false, sameSite: "strict");
        AssertFlags(Cookie(await browser.GetAsync("/culture?lang=en"), ".AspNetCore.Culture="), secure: false, sameSite: "lax");
    }

    [Fact]
    public async Task HttpsOnLocalhost_HasNoHsts_SoOtherLocalAppsKeepPlainHttp()
    {
        using var app = FokusApp.Create("sqlite");
        var browser = app.CreateDefaultClient(new Uri("https://localhost/"), new CookieJar());
        var login = await browser.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False(login.Headers.Contains("Strict-Transport-Security"));
        AssertFlags(Cookie(login, ".AspNetCore.Antiforgery."), secure: true, sameSite: "strict");
    }

    private static string Cookie(HttpResponseMessage response, string prefix)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var lines), $"no cookie from {response.RequestMessage?.RequestUri}");
        return Assert.Single(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static void AssertFlags(string cookie, bool secure, string sameSite)
    {
        var flags = cookie.Split(';').Skip(1).Select(f => f.Trim().ToLowerInvariant()).ToList();
        Assert.Equal(secure, flags.Contains("secure"));
        Assert.Contains("httponly", flags);
        Assert.Contains($"samesite={sameSite}", flags);
    }
}
