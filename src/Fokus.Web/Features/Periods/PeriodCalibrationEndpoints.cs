using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Periods;

internal static class PeriodCalibrationEndpoints
{
    public static IServiceCollection AddPeriodCalibration(this IServiceCollection services) => services.AddScoped<PeriodCalibrationHandler>();

    public static RouteGroupBuilder MapPeriodCalibration(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/calibration", async (Caller caller, Guid id, Guid? teamId, Guid? personId, PeriodCalibrationHandler h,
                CancellationToken ct) => (await h.GetAsync(caller, id, teamId, personId, ct)).ToHttp())
            .Produces<CalibrationDto>()
            .WithSummary("Confidence calibration of a period, for a team or person when given: the Brier score of the check-ins' " +
                         "confidence (0–10 as 0–100 %) against whether each key result made it, and the hit rate per confidence.");
        api.MapGet("/calibration-trend", async (Caller caller, Guid? teamId, Guid? personId, PeriodCalibrationHandler h, CancellationToken ct) =>
                (await h.TrendAsync(caller, teamId, personId, ct)).ToHttp())
            .Produces<IReadOnlyList<CalibrationTrendPoint>>()
            .WithSummary("The Brier score of every closed period, oldest first, so a team sees whether it estimates better.");
        return api;
    }
}
