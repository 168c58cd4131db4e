using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// Security headers on every response, and every cookie Secure on an HTTPS request. Use it right after
/// UseFokusForwardedHeaders: a request that came through a trusted TLS-terminating proxy is HTTPS by then.
/// </summary>
internal static class SecurityHeadersSetup
{
    private const string NonceKey = "Fokus.CspNonce";

    // Pages. Scripts: blazor.web.js, MudBlazor.min.js and print.js come from 'self'; the only inline script, the
    // <ImportMap>, carries this request's nonce; no 'unsafe-eval' (neither Blazor Server nor MudBlazor needs it).
    // style-src needs 'unsafe-inline': MudBlazor renders style="…" attributes (popover positions, progress widths,
    // chart sizes) and MudThemeProvider a <style> element with the theme's variables, and Blazor writes them with
    // setAttribute, which no nonce or hash can cover. Styles cannot run code; scripts stay strict.
    // connect-src 'self' covers the circuit's WebSocket (ws:/wss: to the same host, CSP level 3).
    private static string PagePolicy(string nonce) =>
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'";

    // JSON, exports and the OpenAPI document: nothing in them may run or be framed.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // /reference, Scalar's page: Scalar writes its start-up script inline and offers no nonce, so this page alone allows
    // inline scripts ('unsafe-inline' is ignored once a nonce is listed, hence none here). It shows the public OpenAPI
    // document, no organisation data; scripts and everything else still come from this server only.
    private const string ReferencePolicy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; " +
        "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'";

    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IServiceCollection AddFokusSecurityHeaders(this IServiceCollection services)
    {
        // The Server header only tells an attacker which server to look up.
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        // One rule for every cookie (auth, antiforgery, culture, and any a library adds): Secure when the request is
        // HTTPS, never readable from script (Fokus has no script that reads one), at least SameSite=Lax.
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return services;
    }

    public static WebApplication UseFokusSecurityHeaders(this WebApplication app)
    {
        app.UseCookiePolicy();
        app.Use((context, next) =>
        {
            var kind = KindOf(context.Request.Path);
            if (kind != Kind.Api) context.Items[NonceKey] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
            // Written as the response starts, so they survive the exception handler's clearing of the response.
            context.Response.OnStarting(() =>
            {
                Write(context, kind);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>This request's script nonce, for the page's inline scripts (the import map).</summary>
    public static string CspNonce(this HttpContext context) => context.Items[NonceKey] as string ?? "";

    private enum Kind { Page, Api, Reference }

    private static Kind KindOf(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") ? Kind.Api
        : path.StartsWithSegments("/reference") ? Kind.Reference
        : Kind.Page;

    private static void Write(HttpContext context, Kind kind)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = kind switch
        {
            Kind.Api => ApiPolicy,
            Kind.Reference => ReferencePolicy,
            _ => PagePolicy(context.CspNonce()),
        };
        // API answers are per caller (a token or the sign-in cookie): no browser or proxy may keep them.
        if (kind == Kind.Api && !headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-store";
        if (context.Request.IsHttps && !IsLoopback(context.Request.Host.Host))
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
    }

    // A browser remembers HSTS per host; pinning https on localhost would break every other local app on it.
    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
