using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.BigPicture;

internal static class BigPictureEndpoints
{
    public static IServiceCollection AddBigPicture(this IServiceCollection services) => services.AddScoped<BigPictureHandler>();

    public static IEndpointRouteBuilder MapBigPicture(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/big-picture", async (Caller caller, Guid? periodId, BigPictureHandler h, SerializedOnce json, CancellationToken ct) =>
                json.Ok(await h.GetAsync(caller, periodId, ct)))
            .WithTags("Views").Produces<BigPictureDto>()
            .WithSummary("Vision, mission and the whole aligned objective tree with key results, progress, status and owners.");
        return app;
    }
}
