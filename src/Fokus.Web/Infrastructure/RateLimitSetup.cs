using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Fokus.Web.Infrastructure;

/// <summary>Per-client-IP fixed windows on the anonymous doors that guess passwords or create organisations.</summary>
internal static class RateLimitSetup
{
    private const string SignIn = "sign-in";
    private const string SignUp = "sign-up";

    // Matched by route pattern and POST, so the API sign-in and the form sign-in share one window per client.
    private static readonly Dictionary<string, string> LimitedRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/api/v1/auth/login"] = SignIn,
        ["/login"] = SignIn,
        // Password reset: anonymous doors too (Features/Auth), counted with the sign-in.
        ["/api/v1/auth/forgot-password"] = SignIn,
        ["/api/v1/auth/reset-password"] = SignIn,
        ["/forgot-password"] = SignIn,
        ["/reset-password"] = SignIn,
        ["/api/v1/organisations"] = SignUp,
    };

    public static IServiceCollection AddFokusRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var windows = new Dictionary<string, FixedWindowRateLimiterOptions>
        {
            [SignIn] = Window(config.GetValue("Fokus:RateLimits:SignInPerMinute", 30), TimeSpan.FromMinutes(1)),
            [SignUp] = Window(config.GetValue("Fokus:RateLimits:SignUpPerHour", 20), TimeSpan.FromHours(1)),
        };
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                LimitFor(context) is { } limit
                    ? RateLimitPartition.GetFixedWindowLimiter($"{limit}|{ClientIp(context)}", _ => windows[limit])
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string? LimitFor(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route }
        && LimitedRoutes.TryGetValue(route, out var limit)
            ? limit
            : null;

    // Behind a proxy this is the forwarded client address once UseFokusForwardedHeaders trusts it.
    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: SharedText.Get("Problem.TooManyRequests"))
            .ExecuteAsync(http);
    }
}
