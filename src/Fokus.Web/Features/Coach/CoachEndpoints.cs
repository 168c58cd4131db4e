using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Coach;

internal static class CoachEndpoints
{
    public static IServiceCollection AddCoach(this IServiceCollection services) => services.AddScoped<CoachHandler>().AddScoped<HealthHandler>();

    public static IEndpointRouteBuilder MapCoach(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Coach");
        api.MapPost("/coach/analyze", (Caller caller, AnalyzeRequest body, CoachHandler h) => h.Analyze(body).ToHttp())
            .Produces<AnalyzeResponse>()
            .WithSummary("Judge a key result (outcome, activity or vague) or an objective's text, offline, in Swedish or English.");
        api.MapGet("/objectives/{id:guid}/coach", async (Caller caller, Guid id, CoachHandler h, CancellationToken ct) =>
            (await h.ObjectiveAsync(caller, id, ct)).ToHttp())
            .Produces<ObjectiveCoaching>()
            .WithSummary("Coach a saved objective together with its key results.");
        api.MapGet("/coach/health", async (Caller caller, Guid? teamId, Guid? periodId, HealthHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, teamId, periodId, ct)).ToHttp())
            .Produces<HealthDto>()
            .WithSummary("OKR health for a team or the organisation: outcome share, common findings, objectives needing attention, trend over periods.");
        return app;
    }
}
