using Fokus.Web.Features.Exports.Pdf;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Exports;

internal static class ExportEndpoints
{
    public static IServiceCollection AddExports(this IServiceCollection services) =>
        services.AddScoped<ExportScopes>().AddScoped<ExportQueries>();

    /// <summary>
    /// Authorised by the fallback policy like every endpoint; the UI's plain download links work because the API
    /// accepts the sign-in cookie as well as a bearer token.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/exports").WithTags("Exports")
            .MapGet("/", async (Caller caller, string? format, Guid? periodId, Guid? teamId, string? sheet, ExportQueries q, CancellationToken ct) =>
            {
                var outcome = await q.ExportAsync(caller, new ExportRequest(format, periodId, teamId, sheet), ct);
                if (outcome.Value is not { } file) return new Outcome(outcome.Kind, outcome.Errors).ToHttp();
                return Results.Stream(output => file.WriteAsync(output, ct), file.ContentType, file.FileName);
            })
            .Produces(200, contentType: XlsxExport.ContentType, additionalContentTypes: [CsvExport.ContentType, PdfReport.ContentType, JsonExport.ContentType])
            .ProducesValidationProblem().ProducesProblem(404)
            .WithSummary("Export a period (default: the current one), a team with its sub-teams or the whole organisation as xlsx, csv (sheet=keyResults|objectives|checkIns|initiatives), pdf or json.");
        return app;
    }
}
