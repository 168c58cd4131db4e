namespace Fokus.Web.Features.Initiatives;

internal static class InitiativeEndpoints
{
    public static IServiceCollection AddInitiatives(this IServiceCollection services) => services;
    public static IEndpointRouteBuilder MapInitiatives(this IEndpointRouteBuilder app) => app;
}
