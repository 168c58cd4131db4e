using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.KeyResults;

internal static class KeyResultForecastEndpoints
{
    public static IServiceCollection AddKeyResultForecast(this IServiceCollection services) => services.AddScoped<KeyResultForecastHandler>();

    public static RouteGroupBuilder MapKeyResultForecast(this RouteGroupBuilder api)
    {
        api.MapGet("/key-results/{id:guid}/forecast", async (Caller caller, Guid id, KeyResultForecastHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp())
            .Produces<KeyResultForecastDto>()
            .WithSummary("Forecast at the period's end: projected value, probability of reaching the target, a 10–90 % band " +
                         "(Theil–Sen trend, residual bootstrap); no probability below three check-ins.");
        return api;
    }
}
