using System.Buffers.Text;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fokus.Web.Tests;

/// <summary>The headers on a Blazor page, the sign-in page and the API, over plain http (the tests' own server).</summary>
[Collection(AppsCollection.Name)]
public sealed partial class SecurityHeadersTests(Apps apps)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Page_SignInPage_AndApi_CarryTheSecurityHeaders(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await browser.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var loginNonce = AssertPagePolicy(login, await login.Content.ReadAsStringAsync());

        var signIn = await HardeningForms.SignInWithFormAsync(browser, await HardeningForms.EmailOfAsync(org), TestOrg.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertCommon(signIn);

        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var pageNonce = AssertPagePolicy(page, await page.Content.ReadAsStringAsync());
        Assert.NotEqual(loginNonce, pageNonce);

        // The API by the sign-in cookie and by a bearer token: never cached, never run as a document.
        foreach (var response in new[] { await browser.GetAsync("/api/v1/me"), await org.Admin.GetAsync("/api/v1/teams") })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertCommon(response);
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
            Assert.Equal("no-store", Single(response, "Cache-Control"));
        }
        AssertCommon(await browser.GetAsync("/api/v1/no-such-thing"));
    }

    /// <summary>Asserts the page policy and answers its nonce, which the page's one inline script (the import map) carries.</summary>
    private static string AssertPagePolicy(HttpResponseMessage response, string html)
    {
        AssertCommon(response);
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        var scripts = Directive(csp, "script-src");
        Assert.DoesNotContain("unsafe-eval", scripts);
        Assert.DoesNotContain("unsafe-inline", scripts);
        var nonce = Assert.Single(NonceSource().Matches(scripts)).Groups[1].Value;
        Assert.True(Base64Url.DecodeFromChars(nonce).Length >= 16, "the nonce is too short to be unguessable");

        var inline = InlineScript().Matches(html);
        Assert.NotEmpty(inline);
        Assert.All(inline, script => Assert.Contains($"nonce=\"{nonce}\"", WebUtility.HtmlDecode(script.Value)));
        Assert.DoesNotMatch(InlineHandler(), html);
        return nonce;
    }

    private static void AssertCommon(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http");
        Assert.False(response.Headers.Contains("Server"), "a Server header");
    }

    internal static string Single(HttpResponseMessage response, string name)
    {
        var found = response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values);
        Assert.True(found, $"no {name} header on {response.RequestMessage?.RequestUri}");
        return string.Join(", ", values!);
    }

    private static string Directive(string csp, string name) =>
        csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    [GeneratedRegex("'nonce-([A-Za-z0-9+/=_-]+)'")]
    private static partial Regex NonceSource();

    // A <script> without src is inline and needs the nonce.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();

    // onclick="…" and the like: the policy refuses them, so none may be rendered.
    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
