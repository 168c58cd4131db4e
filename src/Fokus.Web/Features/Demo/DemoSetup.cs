using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Fokus.Web.Features.Demo;

internal static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<DemoSeeder>();

    /// <summary>Tells the person who just ran `dotnet run` where Fokus is and how to sign in.</summary>
    public static void PrintWelcomeOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Fokus");
            foreach (var address in addresses) log.LogInformation("Fokus is running at {Url}", address);
            if (!app.Configuration.GetValue("Fokus:Demo:Seed", true)) return;
            log.LogInformation(
                "Demo logins (password {Password}): admin@fokus.example, lead@fokus.example, member@fokus.example, viewer@fokus.example",
                DemoSeeder.Password);
        });
}
