using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Digest;

internal static class DigestEndpoints
{
    public static IServiceCollection AddDigests(this IServiceCollection services) =>
        services.AddScoped<DigestRun>().AddScoped<DigestHandler>().AddScoped<WinsHandler>();

    public static IEndpointRouteBuilder MapDigests(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Digests");
        api.MapGet("/digests", async (Caller caller, Guid? teamId, int? page, int? pageSize, DigestHandler h, CancellationToken ct) =>
            (await h.ListAsync(caller, teamId, page, pageSize, ct)).ToHttp()).Produces<Paged<DigestSummaryDto>>()
            .WithSummary("Weekly digests, newest first: a team's, or the organisation's own without teamId.");
        api.MapGet("/digests/{id:guid}", async (Caller caller, Guid id, DigestHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp()).Produces<DigestDto>()
            .WithSummary("One digest: what went well first, then what needs attention, then progress against the plan.");
        api.MapGet("/wins", async (Caller caller, Guid? teamId, int? page, int? pageSize, WinsHandler h, CancellationToken ct) =>
            (await h.ListAsync(caller, teamId, page, pageSize, ct)).ToHttp()).Produces<Paged<WinDto>>()
            .WithSummary("The wins feed: check-ins that say what went well, newest first, with reactions and comment counts.");
        return app;
    }
}
