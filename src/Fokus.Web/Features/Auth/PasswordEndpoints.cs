using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Fokus.Web.Features.Auth;

/// <summary>Change password (signed in) and the anonymous forgot/reset pair; the anonymous ones are rate limited per client (RateLimitSetup).</summary>
internal static class PasswordEndpoints
{
    public static RouteGroupBuilder MapPasswords(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/password", ChangeAsync)
            .WithSummary("Changes the caller's password (current and new). Other sessions end; this one goes on (a bearer caller gets a new token).");
        api.MapPost("/auth/forgot-password", Forgot)
            .AllowAnonymous()
            .WithSummary("Mails a single-use reset link valid for an hour, if the address has an account. Always 202, so it tells nothing.");
        api.MapPost("/auth/reset-password", async (ResetPasswordRequest body, PasswordHandler h, CancellationToken ct) =>
                (await h.ResetAsync(body, ct)).ToHttp())
            .AllowAnonymous()
            .WithSummary("Sets a new password with the token from the reset e-mail; the token then stops working.");
        return api;
    }

    private static IResult Forgot(ForgotPasswordRequest body, PasswordHandler h)
    {
        var outcome = h.RequestReset(body);
        return outcome.Kind == OutcomeKind.NoContent ? TypedResults.Accepted((string?)null) : outcome.ToHttp();
    }

    private static async Task<IResult> ChangeAsync(Caller caller, ChangePasswordRequest body, PasswordHandler h, HttpContext http, CancellationToken ct)
    {
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var scheme = bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
        var change = await h.ChangeAsync(caller, body, SignInThrottles.ClientOf(http), scheme, ct);
        if (change.RetryAfter is { } wait && change.Outcome.Kind == OutcomeKind.Forbidden)
            return AuthEndpoints.TryAgainLater(http, (int)Math.Ceiling(wait.TotalSeconds));
        if (change.Principal is null) return change.Outcome.ToHttp();
        if (bearer) return TypedResults.SignIn(change.Principal, authenticationScheme: IdentityConstants.BearerScheme);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, change.Principal);
        return TypedResults.NoContent();
    }
}
