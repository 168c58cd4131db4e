using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/healthz").AllowAnonymous().WithTags("Health");
        // No database: the benchmark's trivial baseline.
        group.MapGet("/live", () => TypedResults.Text("ok"));
        group.MapGet("/ready", async (IDbContextFactory<FokusDbContext> dbs, CancellationToken ct) =>
        {
            // Readiness asks only whether the database answers.
            await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
            return await db.Database.CanConnectAsync(ct)
                ? Results.Text("ready")
                : Results.Problem(statusCode: 503, title: SharedText.Get("Problem.DatabaseUnavailable"));
        });
        return app;
    }
}
