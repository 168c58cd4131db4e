namespace Fokus.Web.Features.People;

internal static class PeopleEndpoints
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services;
    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app) => app;
}
