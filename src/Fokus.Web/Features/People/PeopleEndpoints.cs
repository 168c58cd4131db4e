using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.People;

internal static class PeopleEndpoints
{
    public static IServiceCollection AddPeople(this IServiceCollection services) =>
        services.AddScoped<PeopleQueries>().AddScoped<PeopleCommands>().AddScoped<PersonLogins>();

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/people").WithTags("People");
        api.MapGet("/", async (Caller caller, string? search, Guid? teamId, int? page, int? pageSize, PeopleQueries q, CancellationToken ct) =>
            (await q.ListAsync(caller, new PeopleFilter(search, teamId, page, pageSize), ct)).ToHttp())
            .Produces<Paged<PersonDto>>();
        api.MapGet("/{id:guid}", async (Caller caller, Guid id, PeopleQueries q, CancellationToken ct) =>
            (await q.GetAsync(caller, id, ct)).ToHttp()).Produces<PersonDto>();
        api.MapPost("/", async (Caller caller, CreatePersonRequest body, PeopleCommands c, CancellationToken ct) =>
            (await c.CreateAsync(caller, body, ct)).ToHttp(p => $"/api/v1/people/{p.Id}"))
            .Produces<PersonDto>(201).WithSummary("Add a person (admins only); with a password they also get a login.");
        api.MapPut("/{id:guid}", async (Caller caller, Guid id, UpdatePersonRequest body, PeopleCommands c, CancellationToken ct) =>
            (await c.UpdateAsync(caller, id, body, ct)).ToHttp())
            .Produces<PersonDto>().WithSummary("Update a person: admins everything, anyone their own name, title and language.");
        api.MapDelete("/{id:guid}", async (Caller caller, Guid id, PeopleCommands c, CancellationToken ct) =>
            (await c.DeleteAsync(caller, id, ct)).ToHttp())
            .WithSummary("Remove a person and their login (admins only); not yourself, not the last admin.");
        return app;
    }
}
