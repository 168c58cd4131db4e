using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Fokus.Web.Infrastructure;

internal static class IdempotencySetup
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddSingleton<IdempotencyStore>();
        // The OpenAPI document tells clients about the header on every POST it applies to.
        services.Configure<OpenApiOptions>("v1", o => o.AddOperationTransformer((operation, context, _) =>
        {
            var d = context.Description;
            if (d.HttpMethod == "POST" && (d.RelativePath ?? "").StartsWith("api/v1/", StringComparison.Ordinal)
                && !(d.RelativePath ?? "").StartsWith("api/v1/auth/", StringComparison.Ordinal)
                && !d.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = Idempotency.Header,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "Any 1–200 visible ASCII characters, new for each intended change. A retry with the same key " +
                        "returns the first successful answer (with Idempotency-Replayed: true) and stores nothing again; the same key " +
                        "with another request is 422; while the first is running, a duplicate waits, then 409. Kept 24 hours, per person.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                });
            }
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>After authorization: a key belongs to the signed-in caller.</summary>
    public static WebApplication UseIdempotency(this WebApplication app)
    {
        app.UseMiddleware<Idempotency>();
        return app;
    }
}
