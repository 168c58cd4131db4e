using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Teams;

internal static class TeamEndpoints
{
    public static IServiceCollection AddTeams(this IServiceCollection services) =>
        services.AddScoped<TeamOkrsHandler>();

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/teams").WithTags("Teams");
        api.MapGet("/{id:guid}/okrs", async (Caller caller, Guid id, Guid? periodId, TeamOkrsHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, periodId, ct)).ToHttp()).Produces<TeamOkrsDto>()
            .WithSummary("A team's objectives and key results for a period, with members, sub-teams and alignment.");
        return app;
    }
}
