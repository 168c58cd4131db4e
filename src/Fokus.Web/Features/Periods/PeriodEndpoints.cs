using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Periods;

internal static class PeriodEndpoints
{
    public static IServiceCollection AddPeriods(this IServiceCollection services) => services.AddScoped<PeriodHandler>().AddPeriodCalibration();

    public static IEndpointRouteBuilder MapPeriods(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/periods").WithTags("Periods");
        api.MapGet("/", async (Caller caller, PeriodHandler h, CancellationToken ct) => (await h.ListAsync(caller, ct)).ToHttp())
            .Produces<IReadOnlyList<PeriodDto>>();
        api.MapGet("/current", async (Caller caller, PeriodHandler h, CancellationToken ct) => (await h.CurrentAsync(caller, ct)).ToHttp())
            .Produces<PeriodDto>();
        api.MapGet("/reopenings", async (Caller caller, Guid? periodId, PeriodHandler h, CancellationToken ct) =>
            (await h.ReopeningsAsync(caller, periodId, ct)).ToHttp()).Produces<IReadOnlyList<PeriodReopeningDto>>()
            .WithSummary("Closed periods made active again: who, when and why (newest first).");
        api.MapGet("/{id:guid}", async (Caller caller, Guid id, PeriodHandler h, CancellationToken ct) => (await h.GetAsync(caller, id, ct)).ToHttp())
            .Produces<PeriodDto>();
        api.MapPost("/", async (Caller caller, SavePeriodRequest body, PeriodHandler h, CancellationToken ct) =>
            (await h.CreateAsync(caller, body, ct)).ToHttp(p => $"/api/v1/periods/{p.Id}")).Produces<PeriodDto>(201);
        api.MapPut("/{id:guid}", async (Caller caller, Guid id, SavePeriodRequest body, PeriodHandler h, CancellationToken ct) =>
            (await h.UpdateAsync(caller, id, body, ct)).ToHttp()).Produces<PeriodDto>();
        api.MapDelete("/{id:guid}", async (Caller caller, Guid id, PeriodHandler h, CancellationToken ct) =>
            (await h.DeleteAsync(caller, id, ct)).ToHttp());
        api.MapPeriodCalibration();
        return app;
    }
}
