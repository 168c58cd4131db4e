using Fokus.Web.Features.Imports.Reading;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;

namespace Fokus.Web.Features.Imports;

internal static class ImportEndpoints
{
    public static IServiceCollection AddImports(this IServiceCollection services) =>
        services.AddScoped<ImportCommands>().AddScoped<ImportQueries>().AddScoped<ImportApplyCommand>();

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/imports").WithTags("Imports");
        // The form is read by hand: the automatic form binding demands an antiforgery token even from bearer-token
        // scripts, which no script has. Cookie callers are still checked (ImportUpload.AntiforgeryAsync).
        // No Accepts<IFormFile>: its content-type match would answer 415 where every other bad input answers 400.
        api.MapPost("/", UploadAsync).DisableAntiforgery()
            .Produces<ImportPreviewDto>(201).ProducesValidationProblem()
            .WithSummary("Upload a CSV, XLSX or Fokus JSON file (multipart 'file'; optional periodId, format, sheet, culture, createMissing) and get the dry run. Nothing is written to OKRs.");
        api.MapGet("/{id:guid}", async (Caller caller, Guid id, ImportQueries q, CancellationToken ct) =>
            (await q.GetAsync(caller, id, ct)).ToHttp()).Produces<ImportPreviewDto>();
        api.MapPut("/{id:guid}/mapping", async (Caller caller, Guid id, ImportMappingRequest body, ImportCommands c, CancellationToken ct) =>
            (await c.UpdateMappingAsync(caller, id, body, ct)).ToHttp())
            .Produces<ImportPreviewDto>().ProducesValidationProblem().WithSummary("Change the column mapping, period, sheet or createMissing; answers the new dry run.");
        api.MapPost("/{id:guid}/apply", async (Caller caller, Guid id, ImportApplyCommand c, CancellationToken ct) =>
            (await c.ApplyAsync(caller, id, null, ct)).ToHttp())
            .Produces<ImportResultDto>().ProducesValidationProblem().ProducesProblem(409)
            .WithSummary("Apply the import in one transaction; refused with the errors when the dry run has any; 409 once applied.");
        return app;
    }

    private static async Task<IResult> UploadAsync(Caller caller, HttpContext http, IAntiforgery antiforgery, ImportCommands c, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType) return Outcome.Invalid("file", SharedText.Get("Import.File.Required")).ToHttp();
        IFormCollection form;
        try
        {
            if (!IsBearer(http) && !await antiforgery.IsRequestValidAsync(http))
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: SharedText.Get("Problem.Antiforgery"));
            form = await http.Request.ReadFormAsync(ct);
        }
        // A body that says multipart but is not (no boundary, cut short): the client's error, not ours.
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            return Outcome.Invalid("file", SharedText.Get("Validation.Unreadable")).ToHttp();
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Outcome.Invalid("file", SharedText.Get("Import.File.Required")).ToHttp();
        if (file.Length > ImportLimits.MaxBytes)
            return Outcome.Invalid("file", SharedText.Format("Import.File.TooLarge", ImportLimits.MaxBytes / 1024 / 1024)).ToHttp();
        var v = new Validator();
        var periodId = Optional(form, "periodId", v, s => Guid.TryParse(s, out var g) ? g : (Guid?)null);
        var createMissing = Optional(form, "createMissing", v, s => bool.TryParse(s, out var b) ? b : (bool?)null) ?? false;
        if (!v.IsValid) return v.ToOutcome().ToHttp();
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var upload = new ImportUpload(file.FileName, buffer.ToArray(), periodId, Text(form, "format"), Text(form, "sheet"), Text(form, "culture"), createMissing);
        return (await c.CreateAsync(caller, upload, ct)).ToHttp(p => $"/api/v1/imports/{p.Id}");
    }

    private static bool IsBearer(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static string? Text(IFormCollection form, string key) => form.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;

    private static T? Optional<T>(IFormCollection form, string key, Validator v, Func<string, T?> parse) where T : struct
    {
        if (Text(form, key) is not { } text) return null;
        var value = parse(text.Trim());
        v.Check(value is not null, key, "Validation.Unreadable");
        return value;
    }
}
