using Microsoft.AspNetCore.Antiforgery;

namespace Fokus.Web.Infrastructure;

internal static class AntiforgeryCheck
{
    /// <summary>
    /// Requires a valid antiforgery token on a minimal-API form post. The antiforgery middleware only records its
    /// verdict; an endpoint that binds no form parameters has to refuse the request itself.
    /// </summary>
    public static RouteHandlerBuilder RequireValidAntiforgeryToken(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new RequireAntiforgeryTokenAttribute())
        .AddEndpointFilter(async (context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
                ? await next(context)
                : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: SharedText.Get("Problem.Antiforgery")));
}
