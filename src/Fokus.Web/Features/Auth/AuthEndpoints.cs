using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Fokus.Web.Features.Auth;

internal sealed record LoginRequest(string? Email, string? Password);
internal sealed record LanguageRequest(string? Language);
internal sealed record TimeZoneRequest(string? TimeZoneId);

internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Auth");
        // Rate limited per client by RateLimitSetup, together with the /login form post.
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous()
            .WithSummary("Sign in with e-mail and password; returns a bearer token for scripts. 429 with Retry-After while throttled.");
        api.MapPasswords();
        api.MapGet("/me", async (Caller caller, MeHandler h, CancellationToken ct) => (await h.GetAsync(caller, ct)).ToHttp())
            .Produces<MeDto>();
        api.MapPut("/me/language", async (Caller caller, LanguageRequest body, MeHandler h, HttpContext http, CancellationToken ct) =>
        {
            var outcome = await h.SetLanguageAsync(caller, body.Language, ct);
            if (outcome.Kind == OutcomeKind.NoContent) WriteCultureCookie(http, body.Language!);
            return outcome.ToHttp();
        });
        api.MapPut("/me/time-zone", async (Caller caller, TimeZoneRequest body, MeHandler h, CancellationToken ct) =>
            (await h.SetTimeZoneAsync(caller, body.TimeZoneId, ct)).ToHttp())
            .WithSummary("Set my own IANA time zone (e.g. Europe/Stockholm); null follows the organisation's.");

        app.MapPost("/account/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.LocalRedirect("/login");
        }).RequireValidAntiforgeryToken();
        // The sign-in page's link: a cookie only.
        app.MapGet("/culture", (string? lang, string? returnUrl, HttpContext http) =>
        {
            WriteCultureCookie(http, lang == "en" ? "en" : "sv");
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        // The signed-in switch posts a form (antiforgery-checked), and the choice is saved on the person too.
        app.MapPost("/culture", async ([FromForm] string? lang, [FromForm] string? returnUrl, HttpContext http, MeHandler me, CancellationToken ct) =>
        {
            var language = lang == "en" ? "en" : "sv";
            WriteCultureCookie(http, language);
            if (Caller.From(http.User) is { } caller) await me.SetLanguageAsync(caller, language, ct);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest body, LoginHandler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.CheckAsync(body.Email, body.Password, SignInThrottles.ClientOf(http), IdentityConstants.BearerScheme, ct);
        return result.Status switch
        {
            LoginStatus.Succeeded => TypedResults.SignIn(result.Principal!, authenticationScheme: IdentityConstants.BearerScheme),
            LoginStatus.LockedOut => TryAgainLater(http, result.RetryAfterSeconds),
            _ => TypedResults.Problem(statusCode: 401, title: SharedText.Get("Login.Invalid")),
        };
    }

    /// <summary>429 with Retry-After and the wait in words, for the throttled sign-in and password change.</summary>
    public static IResult TryAgainLater(HttpContext http, int seconds)
    {
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: SharedText.Get("Auth.Locked"),
            detail: SharedText.Format("Auth.TryAgainIn", seconds));
    }

    public static void WriteCultureCookie(HttpContext http, string language) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
}
