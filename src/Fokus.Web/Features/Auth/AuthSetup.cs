using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Fokus.Web.Features.Auth;

internal static class AuthSetup
{
    public const string Scheme = "Fokus";

    public static IServiceCollection AddFokusAuth(this IServiceCollection services, IConfiguration config)
    {
        services.AddDataProtection().SetApplicationName("Fokus").PersistKeysToDbContext<FokusDbContext>();
        services.AddIdentityCore<FokusUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the e-mail address, already validated as one; the default set refuses "åsa@företag.se".
                o.User.AllowedUserNameCharacters = string.Empty;
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Not Identity's per-account lockout: anyone could keep an admin out with it. SignInThrottles counts
                // failures per account and client address instead (LoginHandler never asks Identity to lock).
                o.Lockout.AllowedForNewUsers = false;
                o.Tokens.PasswordResetTokenProvider = ResetTokens.Name;
            })
            .AddEntityFrameworkStores<FokusDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddTokenProvider<ResetTokens>(ResetTokens.Name)
            .AddSignInManager();
        services.AddOptions<SignInThrottleOptions>().Bind(config.GetSection("Fokus:SignIn"));

        var bearerMinutes = config.GetValue("Fokus:Auth:BearerTokenMinutes", 60);
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(bearerMinutes));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(Caller.OrganisationClaim)
                .Build());
        services.AddSingleton<MembershipCheck>();
        services.AddScoped<LoginHandler>().AddScoped<SignInThrottles>().AddScoped<PasswordHandler>().AddScoped<ResetMail>();
        services.AddSingleton<ResetMailQueue>().AddHostedService<ResetMailService>();
        services.AddScoped<MeHandler>();
        return services;
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "fokus.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/login";
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;
        // The API answers 401/403; only pages redirect to the login form.
        o.Events.OnRedirectToLogin = c => ApiOr(c.HttpContext, StatusCodes.Status401Unauthorized, () => c.Response.Redirect(c.RedirectUri));
        o.Events.OnRedirectToAccessDenied = c => ApiOr(c.HttpContext, StatusCodes.Status403Forbidden, () => c.Response.Redirect(c.RedirectUri));
    }

    private static Task ApiOr(HttpContext context, int status, Action redirect)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else redirect();
        return Task.CompletedTask;
    }
}
