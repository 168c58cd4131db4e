using Fokus.Data;
using Fokus.Web.Features.Exports.Pdf;
using Fokus.Web.Features.Review;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Exports;

internal sealed record ExportRequest(string? Format, Guid? PeriodId, Guid? TeamId, string? Sheet);

/// <summary>A file ready to be written: the scope is checked and the name known before the first byte goes out.</summary>
internal sealed record ExportFile(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);

/// <summary>Exports what the caller may read, for a period and a team (with its sub-teams) or the whole organisation.</summary>
internal sealed class ExportQueries(IDbContextFactory<FokusDbContext> dbs, ExportScopes scopes, PeriodReportHandler reports, TimeProvider clock)
{
    public static readonly string[] Formats = ["xlsx", "csv", "pdf", "json"];

    public async Task<Outcome<ExportFile>> ExportAsync(Caller caller, ExportRequest request, CancellationToken ct)
    {
        var format = string.IsNullOrWhiteSpace(request.Format) ? "xlsx" : request.Format.Trim().ToLowerInvariant();
        var sheet = ExportSheetKeys.All.FirstOrDefault(k => string.Equals(k, request.Sheet?.Trim(), StringComparison.OrdinalIgnoreCase));
        var v = new Validator()
            .Check(Formats.Contains(format), "format", "Export.BadFormat", string.Join(", ", Formats))
            .Check(string.IsNullOrWhiteSpace(request.Sheet) || sheet is not null, "sheet", "Export.BadSheet", string.Join(", ", ExportSheetKeys.All));
        if (!v.IsValid) return v.ToOutcome();

        var resolved = await scopes.ResolveAsync(caller, request.PeriodId, request.TeamId, ct);
        if (resolved.Value is not { } scope) return new Outcome(resolved.Kind, resolved.Errors);
        return format switch
        {
            "csv" => Csv(caller, scope, sheet ?? ExportSheetKeys.KeyResults),
            "json" => new ExportFile(ExportFileName.Of(scope, "json"), JsonExport.ContentType, async (output, token) =>
            {
                await using var db = await dbs.OpenAsync(caller, token);
                var data = await ExportReader.LoadAsync(db, caller, scope, token);
                await JsonExport.WriteAsync(db, data, clock.GetUtcNow(), output, token);
            }),
            "pdf" => await PdfAsync(caller, scope, ct),
            _ => new ExportFile(ExportFileName.Of(scope, "xlsx"), XlsxExport.ContentType, async (output, token) =>
            {
                await using var db = await dbs.OpenAsync(caller, token);
                var data = await ExportReader.LoadAsync(db, caller, scope, token);
                var checkIns = new CheckInStream(db, data);
                await XlsxExport.WriteAsync(ExportSheets.All(data, checkIns, await checkIns.CountAsync(token)), output, token);
            }),
        };
    }

    private ExportFile Csv(Caller caller, ExportScope scope, string sheet) =>
        new(ExportFileName.Of(scope, "csv", sheet), CsvExport.ContentType, async (output, token) =>
        {
            await using var db = await dbs.OpenAsync(caller, token);
            var data = await ExportReader.LoadAsync(db, caller, scope, token);
            var table = sheet switch
            {
                ExportSheetKeys.Objectives => ExportSheets.Objectives(data),
                ExportSheetKeys.CheckIns => ExportSheets.CheckIns(data, new CheckInStream(db, data)),
                ExportSheetKeys.Initiatives => ExportSheets.Initiatives(data),
                _ => ExportSheets.KeyResults(data),
            };
            await CsvExport.WriteAsync(table, scope.Swedish, output, token);
        });

    /// <summary>The report is rendered before answering: it is small, and a failure then is a clean error, not a cut-off file.</summary>
    private async Task<Outcome<ExportFile>> PdfAsync(Caller caller, ExportScope scope, CancellationToken ct)
    {
        var report = (await reports.GetAsync(caller, scope.Period.Id, scope.TeamIds, ct)).Value;
        if (report is null) return Outcome.NotFound;
        await using var db = await dbs.OpenAsync(caller, ct);
        var data = await ExportReader.LoadAsync(db, caller, scope, ct);
        var bytes = PdfReport.Render(data, report, scope.Culture);
        return new ExportFile(ExportFileName.Of(scope, "pdf"), PdfReport.ContentType, (output, token) => output.WriteAsync(bytes, token).AsTask());
    }
}
