using Fokus.Core.Model;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Initiatives;

internal static class InitiativeEndpoints
{
    public static IServiceCollection AddInitiatives(this IServiceCollection services) =>
        services.AddScoped<InitiativeQueries>().AddScoped<InitiativeCommands>();

    public static IEndpointRouteBuilder MapInitiatives(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/initiatives").WithTags("Initiatives");
        api.MapGet("/", async (Caller caller, Guid? keyResultId, Guid? ownerPersonId, QueryEnum<InitiativeStatus>? status, int? page, int? pageSize,
                Guid? teamId, InitiativeQueries q, CancellationToken ct) =>
            (await q.ListAsync(caller, new InitiativeFilter(keyResultId, ownerPersonId, status?.Value, page, pageSize, teamId), ct)).ToHttp())
            .Produces<Paged<InitiativeDto>>();
        api.MapGet("/{id:guid}", async (Caller caller, Guid id, InitiativeQueries q, CancellationToken ct) =>
            (await q.GetAsync(caller, id, ct)).ToHttp()).Produces<InitiativeDto>();
        api.MapPost("/", async (Caller caller, SaveInitiativeRequest body, InitiativeCommands c, CancellationToken ct) =>
            (await c.CreateAsync(caller, body, ct)).ToHttp(i => $"/api/v1/initiatives/{i.Id}"))
            .Produces<InitiativeDto>(201).WithSummary("Create an initiative linked to at least one key result (anyone but viewers).");
        api.MapPut("/{id:guid}", async (Caller caller, Guid id, SaveInitiativeRequest body, InitiativeCommands c, CancellationToken ct) =>
            (await c.UpdateAsync(caller, id, body, ct)).ToHttp())
            .Produces<InitiativeDto>().WithSummary("Update an initiative (its owner, a lead or an admin).");
        api.MapDelete("/{id:guid}", async (Caller caller, Guid id, InitiativeCommands c, CancellationToken ct) =>
            (await c.DeleteAsync(caller, id, ct)).ToHttp());
        return app;
    }
}
