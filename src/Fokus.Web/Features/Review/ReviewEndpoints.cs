using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Review;

internal static class ReviewEndpoints
{
    public static IServiceCollection AddReview(this IServiceCollection services) =>
        services.AddScoped<ReviewQueries>().AddScoped<ReviewCommands>().AddScoped<PeriodReportHandler>();

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app)
    {
        var periods = app.MapGroup("/api/v1/periods").WithTags("Quarter review");
        periods.MapGet("/{id:guid}/review", async (Caller caller, Guid id, Guid? teamId, ReviewQueries h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, teamId, ct)).ToHttp()).Produces<PeriodReviewDto>();
        periods.MapGet("/{id:guid}/report", async (Caller caller, Guid id, PeriodReportHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp()).Produces<PeriodReportDto>();
        periods.MapPost("/{id:guid}/carry-over", async (Caller caller, Guid id, CarryOverRequest body, ReviewCommands h, CancellationToken ct) =>
            (await h.CarryOverAsync(caller, id, body, ct)).ToHttp()).Produces<CarryOverResult>();
        periods.MapGet("/{id:guid}/next-period", async (Caller caller, Guid id, ReviewQueries h, CancellationToken ct) =>
            (await h.NextPeriodPlanAsync(caller, id, ct)).ToHttp()).Produces<NextPeriodPlanDto>()
            .WithSummary("What carrying over will do: the existing next period, the quarter it would create, or who can create it.");
        periods.MapPost("/{id:guid}/next-period/request", async (Caller caller, Guid id, ReviewCommands h, CancellationToken ct) =>
            (await h.RequestNextPeriodAsync(caller, id, ct)).ToHttp()).Produces<NextPeriodRequestResult>()
            .WithSummary("Ask the people who can create the next period (admins and leads) to do so, by a notification.");
        periods.MapPost("/{id:guid}/close", async (Caller caller, Guid id, ReviewCommands h, CancellationToken ct) =>
            (await h.CloseAsync(caller, id, ct)).ToHttp()).Produces<PeriodDto>();
        app.MapGroup("/api/v1/objectives").WithTags("Quarter review")
            .MapPut("/{id:guid}/review", async (Caller caller, Guid id, SaveReviewRequest body, ReviewCommands h, CancellationToken ct) =>
                (await h.SaveAsync(caller, id, body, ct)).ToHttp()).Produces<ReviewObjectiveDto>();
        return app;
    }
}
