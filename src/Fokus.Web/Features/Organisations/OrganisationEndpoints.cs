using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Organisations;

internal static class OrganisationEndpoints
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) =>
        services.AddScoped<OrganisationHandler>().AddScoped<SignUpHandler>();

    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Organisation");
        api.MapGet("/organisation", async (Caller caller, OrganisationHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, ct)).ToHttp()).Produces<OrganisationDto>();
        api.MapPut("/organisation", async (Caller caller, UpdateOrganisationRequest body, OrganisationHandler h, CancellationToken ct) =>
            (await h.UpdateAsync(caller, body, ct)).ToHttp()).Produces<OrganisationDto>();
        api.MapPost("/organisations", async (SignUpRequest body, SignUpHandler h, IConfiguration config, CancellationToken ct) =>
        {
            if (!config.GetValue("Fokus:SignUp:Enabled", true))
                return TypedResults.Problem(statusCode: 404, title: SharedText.Get("Problem.NotFound"));
            return (await h.SignUpAsync(body, ct)).ToHttp(r => $"/api/v1/organisation");
        }).AllowAnonymous().Produces<SignUpResult>(201)
          .WithSummary("Create a new, isolated organisation with its first admin (self-service sign-up).");
        return app;
    }
}
