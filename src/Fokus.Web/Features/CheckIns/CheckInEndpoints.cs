using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.CheckIns;

internal static class CheckInEndpoints
{
    public static IServiceCollection AddCheckIns(this IServiceCollection services) =>
        services.AddScoped<CheckInCommands>().AddScoped<CheckInQueries>().AddScoped<CheckInCorrections>().AddCheckInSocial();

    public static IEndpointRouteBuilder MapCheckIns(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Check-ins");
        api.MapPost("/key-results/{id:guid}/check-ins", async (Caller caller, Guid id, CreateCheckInRequest body, CheckInCommands c, CancellationToken ct) =>
            (await c.CreateAsync(caller, id, body, ct)).ToHttp(r => $"/api/v1/check-ins/{r.CheckIn.Id}"))
            .Produces<CheckInResult>(201).WithSummary("Check in: the key result's new value, progress and status come back.");
        api.MapGet("/key-results/{id:guid}/check-ins", async (Caller caller, Guid id, int? page, int? pageSize, CheckInQueries q, CancellationToken ct) =>
            (await q.ListAsync(caller, id, page, pageSize, ct)).ToHttp()).Produces<Paged<CheckInDto>>();
        api.MapGet("/check-ins/{id:guid}", async (Caller caller, Guid id, CheckInQueries q, CancellationToken ct) =>
            (await q.GetAsync(caller, id, ct)).ToHttp()).Produces<CheckInDto>();
        api.MapPut("/check-ins/{id:guid}", async (Caller caller, Guid id, UpdateCheckInRequest body, CheckInCommands c, CancellationToken ct) =>
            (await c.UpdateAsync(caller, id, body, ct)).ToHttp()).Produces<CheckInDto>();
        api.MapDelete("/check-ins/{id:guid}", async (Caller caller, Guid id, CheckInCommands c, CancellationToken ct) =>
            (await c.DeleteAsync(caller, id, ct)).ToHttp());
        api.MapCheckInSocial();
        return app;
    }
}
