using Microsoft.AspNetCore.HttpOverrides;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// Behind a TLS-terminating load balancer the app sees plain HTTP; trusting its X-Forwarded-Proto makes the
/// request https (so the auth cookie is Secure) and X-Forwarded-For gives rate limiting the real client address.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static WebApplication UseFokusForwardedHeaders(this WebApplication app)
    {
        var section = app.Configuration.GetSection("Fokus:ForwardedHeaders");
        if (!section.GetValue("Enabled", false)) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // By default only a proxy on loopback is believed; TrustAll is for a balancer whose address is not known up front.
        if (section.GetValue("TrustAll", false))
        {
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}
