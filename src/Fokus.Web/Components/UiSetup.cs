using Fokus.Web.Components.Shared;
using MudBlazor.Services;

namespace Fokus.Web.Components;

internal static class UiSetup
{
    public static IServiceCollection AddFokusUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddScoped<UiSession>();
        services.AddScoped<PeriodSelection>();
        services.AddScoped<ReaderTime>();
        return services;
    }

    public static WebApplication MapFokusUi(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
