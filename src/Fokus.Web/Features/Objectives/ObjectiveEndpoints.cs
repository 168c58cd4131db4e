using Fokus.Core.Model;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Objectives;

internal static class ObjectiveEndpoints
{
    public static IServiceCollection AddObjectives(this IServiceCollection services) =>
        services.AddScoped<ObjectiveQueries>().AddScoped<ObjectiveCommands>().AddScoped<ObjectiveEditorSave>().AddScoped<EditorOptions>();

    public static IEndpointRouteBuilder MapObjectives(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/objectives").WithTags("Objectives");
        api.MapGet("/", async (Caller caller, Guid? periodId, Guid? teamId, Guid? ownerPersonId, QueryEnum<ObjectiveLevel>? level,
                QueryEnum<ObjectiveState>? state, int? page, int? pageSize, ObjectiveQueries q, CancellationToken ct) =>
            (await q.ListAsync(caller, new ObjectiveFilter(periodId, teamId, ownerPersonId, level?.Value, state?.Value, page, pageSize), ct)).ToHttp())
            .Produces<Paged<ObjectiveDto>>();
        api.MapGet("/{id:guid}", async (Caller caller, Guid id, ObjectiveQueries q, CancellationToken ct) =>
            (await q.GetAsync(caller, id, ct)).ToHttp()).Produces<ObjectiveDto>();
        api.MapPost("/", async (Caller caller, CreateObjectiveRequest body, ObjectiveCommands c, CancellationToken ct) =>
            (await c.CreateAsync(caller, body, ct)).ToHttp(o => $"/api/v1/objectives/{o.Id}"))
            .Produces<ObjectiveDto>(201).WithSummary("Create an objective, optionally together with its key results.");
        api.MapPut("/{id:guid}", async (Caller caller, Guid id, UpdateObjectiveRequest body, ObjectiveCommands c, CancellationToken ct) =>
            (await c.UpdateAsync(caller, id, body, ct)).ToHttp())
            .Produces<ObjectiveDto>().WithSummary("Update an objective; a stale version answers 409 with the current values.");
        api.MapDelete("/{id:guid}", async (Caller caller, Guid id, ObjectiveCommands c, CancellationToken ct) =>
            (await c.DeleteAsync(caller, id, ct)).ToHttp());
        return app;
    }
}
