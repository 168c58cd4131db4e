using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Fokus.Web.Infrastructure;

internal static class LocalizationSetup
{
    public static readonly string[] Languages = ["sv", "en"];

    public static IServiceCollection AddFokusLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture("sv");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The cookie (set by the language switch) wins over the browser's Accept-Language.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}
