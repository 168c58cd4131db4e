using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Teams;

internal static class TeamEndpoints
{
    public static IServiceCollection AddTeams(this IServiceCollection services) =>
        services.AddScoped<TeamOkrsHandler>().AddScoped<TeamHandler>();

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/teams").WithTags("Teams");
        api.MapGet("/", async (Caller caller, Guid? parentTeamId, string? search, int? page, int? pageSize, TeamHandler h, CancellationToken ct) =>
            (await h.ListAsync(caller, new TeamFilter(parentTeamId, search, page, pageSize), ct)).ToHttp())
            .Produces<Paged<TeamDto>>();
        api.MapGet("/{id:guid}", async (Caller caller, Guid id, TeamHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp()).Produces<TeamDto>();
        api.MapPost("/", async (Caller caller, SaveTeamRequest body, TeamHandler h, CancellationToken ct) =>
            (await h.CreateAsync(caller, body, ct)).ToHttp(t => $"/api/v1/teams/{t.Id}"))
            .Produces<TeamDto>(201).WithSummary("Create a team (admins only); the lead is always a member.");
        api.MapPut("/{id:guid}", async (Caller caller, Guid id, SaveTeamRequest body, TeamHandler h, CancellationToken ct) =>
            (await h.UpdateAsync(caller, id, body, ct)).ToHttp())
            .Produces<TeamDto>().WithSummary("Update a team (admins only); it cannot be moved under itself or its own sub-teams.");
        api.MapDelete("/{id:guid}", async (Caller caller, Guid id, TeamHandler h, CancellationToken ct) =>
            (await h.DeleteAsync(caller, id, ct)).ToHttp())
            .WithSummary("Delete a team (admins only) that owns no objectives and has no sub-teams.");
        api.MapGet("/{id:guid}/okrs", async (Caller caller, Guid id, Guid? periodId, TeamOkrsHandler h, SerializedOnce json, CancellationToken ct) =>
            json.Ok(await h.GetAsync(caller, id, periodId, ct))).Produces<TeamOkrsDto>()
            .WithSummary("A team's objectives and key results for a period, with members, sub-teams and alignment.");
        return app;
    }
}
