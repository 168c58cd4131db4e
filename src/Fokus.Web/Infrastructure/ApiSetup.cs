using System.Text.Json;
using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace Fokus.Web.Infrastructure;

internal static class ApiSetup
{
    public static IServiceCollection AddFokusApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            // Numbers are JSON numbers: the web defaults would read "261" (and so "2,61" typed elsewhere) from a string.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiErrorHandler>();
        services.AddOpenApi();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SerializedOnce>();
        return services;
    }

    public static WebApplication UseFokusApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseInputGuard();
        return app;
    }

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        // Nothing from Scalar's CDN or telemetry: the page's Content-Security-Policy allows this server only.
        app.MapScalarApiReference("/reference", o => o.WithTitle("Fokus API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts().DisableTelemetry());
        return app;
    }
}
