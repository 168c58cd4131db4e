namespace Fokus.Web.Features.MyFocus;

internal static class MyFocusSetup
{
    public static IServiceCollection AddMyFocus(this IServiceCollection services) => services.AddScoped<MyFocusHandler>();
}
