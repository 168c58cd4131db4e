using Fokus.Web.Features.Objectives;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.KeyResults;

internal static class KeyResultEndpoints
{
    public static IServiceCollection AddKeyResults(this IServiceCollection services) => services.AddScoped<KeyResultHandler>().AddKeyResultForecast();

    public static IEndpointRouteBuilder MapKeyResults(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Key results");
        api.MapPost("/objectives/{id:guid}/key-results", async (Caller caller, Guid id, KeyResultInput body, KeyResultHandler h, CancellationToken ct) =>
            (await h.CreateAsync(caller, id, body, ct)).ToHttp(k => $"/api/v1/key-results/{k.Id}")).Produces<KeyResultDto>(201);
        api.MapGet("/key-results", async (Caller caller, Guid? objectiveId, Guid? ownerPersonId, Guid? periodId, int? page, int? pageSize,
                KeyResultHandler h, CancellationToken ct) =>
            (await h.ListAsync(caller, new KeyResultFilter(objectiveId, ownerPersonId, periodId, page, pageSize), ct)).ToHttp())
            .Produces<Paged<KeyResultDto>>();
        api.MapGet("/key-results/{id:guid}", async (Caller caller, Guid id, KeyResultHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp()).Produces<KeyResultDto>();
        api.MapPut("/key-results/{id:guid}", async (Caller caller, Guid id, UpdateKeyResultRequest body, KeyResultHandler h, CancellationToken ct) =>
            (await h.UpdateAsync(caller, id, body, ct)).ToHttp()).Produces<KeyResultDto>();
        api.MapDelete("/key-results/{id:guid}", async (Caller caller, Guid id, KeyResultHandler h, CancellationToken ct) =>
            (await h.DeleteAsync(caller, id, ct)).ToHttp());
        api.MapKeyResultForecast();
        return app;
    }
}
