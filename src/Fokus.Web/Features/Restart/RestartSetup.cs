using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;

namespace Fokus.Web.Features.Restart;

/// <summary>
/// Typed text survives a server restart (issue #9 §6, docs/readme-restart.md): when the server stops, every open page is
/// asked to pause its circuit, Blazor persists the components' state, and the page resumes into a new circuit with that
/// state once the server is back.
/// </summary>
internal static class RestartSetup
{
    public static IServiceCollection AddRestartResume(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RestartOptions>(configuration.GetSection(RestartOptions.Section));
        services.AddSingleton<RunningCircuits>();
        services.AddScoped<CircuitHandler, PauseOnStopHandler>();
        services.AddScoped<CheckInKeeper>();
        RegisterPersistentComponentStateServiceCollectionExtensions.AddPersistentServiceRegistration<CheckInKeeper>(
            services, RenderMode.InteractiveServer);
        if (configuration.GetValue<double?>($"{RestartOptions.Section}:{nameof(RestartOptions.PauseSeconds)}") is <= 0) return services;
        // A page may drop its connection before the server has handed it the state; Blazor then keeps the state
        // itself, and only in memory unless it has a HybridCache. Ours writes through to the database, so a restart
        // does not lose it.
        services.AddSingleton<IDistributedCache, DbCircuitStateCache>();
        services.AddHybridCache();
        services.AddOptions<CircuitOptions>().Configure<HybridCache>((o, cache) => o.HybridPersistenceCache = cache);
        return services;
    }

    public static IEndpointRouteBuilder MapRestartResume(this IEndpointRouteBuilder app)
    {
        // Which process answers: a paused page resumes only once a new one does (the old one may still answer while it stops).
        app.MapGet("/restart/instance", (RunningCircuits circuits, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Text(circuits.InstanceId);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

internal sealed class RestartOptions
{
    public const string Section = "Fokus:Restart";

    /// <summary>How long a stopping server waits for open pages to take their state; 0 turns the pause off.</summary>
    public double PauseSeconds { get; set; } = 5;
}
