using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

public sealed class HardeningForwardedHeadersTests
{
    [Theory]
    [InlineData(false, null, false)]
    [InlineData(true, null, true)]
    [InlineData(true, "203.0.113.9", false)]
    public async Task ForwardedProto_MakesTheAuthCookieSecure_OnlyFromATrustedProxy(bool enabled, string? proxyIp, bool secure) =>
        Assert.Equal(secure, await AuthCookieIsSecureAsync(new() { ["Fokus:ForwardedHeaders:Enabled"] = enabled.ToString() }, proxyIp));

    [Fact]
    public async Task TrustAll_BelievesAnyProxy() =>
        Assert.True(await AuthCookieIsSecureAsync(
            new() { ["Fokus:ForwardedHeaders:Enabled"] = "true", ["Fokus:ForwardedHeaders:TrustAll"] = "true" }, "203.0.113.9"));

    /// <summary>Signs in through the form as a TLS-terminating proxy would pass it on: plain http plus X-Forwarded-Proto.</summary>
    private static async Task<bool> AuthCookieIsSecureAsync(Dictionary<string, string?> settings, string? proxyIp)
    {
        using var app = FokusApp.Create("sqlite", settings: settings);
        var org = await TestOrg.CreateAsync(app);
        var email = await HardeningForms.EmailOfAsync(org);
        WebApplicationFactory<Program> host = proxyIp is null ? app : app.WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(proxyIp)))));
        // A jar that sends Secure cookies back: the antiforgery cookie is Secure too once the request counts as https.
        var browser = host.CreateDefaultClient(new CookieJar());
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");

        var signIn = await HardeningForms.SignInWithFormAsync(browser, email, TestOrg.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = HardeningForms.SetCookie(signIn, "fokus.auth");
        Assert.NotNull(cookie);
        return cookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The test server has no client address; this gives requests the proxy's.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
