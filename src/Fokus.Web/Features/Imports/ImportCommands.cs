using Fokus.Core.Imports;
using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Imports.Reading;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Imports;

/// <summary>Upload and mapping change: both store the session and answer the new dry run. Admins and leads only.</summary>
internal sealed class ImportCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    private static readonly TimeSpan KeepSessions = TimeSpan.FromDays(7);

    public async Task<Outcome<ImportPreviewDto>> CreateAsync(Caller caller, ImportUpload u, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await db.AllowAsync(caller, AccessRules.CanImport, ct);
        if (gate.Denied is { } denied) return denied;
        var actor = gate.Actor;
        var format = ImportFileReader.DetectFormat(u.FileName, u.Content, u.Format);
        var v = new Validator()
            .Check(u.Content.Length > 0, "file", "Import.File.Required")
            .Check(u.Content.Length <= ImportLimits.MaxBytes, "file", "Import.File.TooLarge", ImportLimits.MaxBytes / 1024 / 1024)
            .Check(ImportFileReader.Formats.Contains(format), "format", "Import.File.Format")
            .Check(u.Culture is null || ImportPlanning.ParseCulture(u.Culture) is not null, "culture", "Validation.Invalid");
        if (u.PeriodId is { } pid && !await db.Periods.AnyAsync(p => p.Id == pid, ct))
            v.Add("periodId", "Validation.NotFound");
        if (!v.IsValid) return v.ToOutcome();
        if (Read(format, u.FileName, u.Content, u.Sheet, out var source) is { } unreadable) return unreadable;

        var language = await db.Organisations.Where(o => o.Id == caller.OrganisationId).Select(o => o.DefaultLanguage).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var session = new ImportSession
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, CreatedByPersonId = caller.PersonId, CreatedAt = now,
            FileName = Path.GetFileName(u.FileName) is { Length: > 0 and <= 260 } name ? name : "import." + format, Format = format,
            Sheet = source.Sheet is { } s && format == "xlsx" ? s.Name : null, Content = u.Content, PeriodId = u.PeriodId,
            CreateMissing = u.CreateMissing, Culture = ImportPlanning.ParseCulture(u.Culture)?.Name ?? ImportPlanning.DefaultCulture(language),
            MappingJson = source.Sheet is { } sheet ? ImportPlanning.WriteMapping(ImportLayoutDetector.Detect(sheet.Headers).Columns) : "",
        };
        // Files are kept only between preview and apply; a week is plenty.
        var cutoff = now - KeepSessions;
        // Every organisation's old uploads, not only this one's: an organisation that stops importing keeps none.
        await using (var all = await dbs.OpenAcrossOrganisationsAsync(ct))
            await all.ImportSessions.Where(x => x.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        db.ImportSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return Outcome.Created(await ImportPreviews.BuildAsync(db, session, actor, clock, source, ct));
    }

    public async Task<Outcome<ImportPreviewDto>> UpdateMappingAsync(Caller caller, Guid id, ImportMappingRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await ImportPreviews.LoadAsync(db, caller, id, track: true, ct);
        if (gate.Denied is { } failure) return failure;
        var (session, actor) = (gate.Row, gate.Actor);
        if (session.AppliedAt is { } applied) return Outcome.Conflict(new { appliedAt = applied });
        var v = new Validator();
        if (r.PeriodId is { } pid && !await db.Periods.AnyAsync(p => p.Id == pid, ct))
            v.Add("periodId", "Validation.NotFound");
        if (!v.IsValid) return v.ToOutcome();

        var sheetChanged = r.Sheet is { Length: > 0 } && session.Format == "xlsx" && r.Sheet != session.Sheet;
        if (Read(session.Format, session.FileName, session.Content, sheetChanged ? r.Sheet : session.Sheet, out var source) is { } unreadable)
            return unreadable;
        if (sheetChanged) session.Sheet = source.Sheet!.Name;
        if (r.Mapping is not null && source.Sheet is { } sheet)
        {
            var columns = ParseMapping(r.Mapping, sheet.Headers.Count, v);
            if (!v.IsValid) return v.ToOutcome();
            session.MappingJson = ImportPlanning.WriteMapping(columns);
        }
        else if (sheetChanged) session.MappingJson = ImportPlanning.WriteMapping(ImportLayoutDetector.Detect(source.Sheet!.Headers).Columns);
        if (r.PeriodId is not null) session.PeriodId = r.PeriodId;
        if (r.CreateMissing is { } create) session.CreateMissing = create;
        await db.SaveChangesAsync(ct);
        return await ImportPreviews.BuildAsync(db, session, actor, clock, source, ct);
    }

    private static Dictionary<ImportField, int> ParseMapping(IReadOnlyDictionary<string, int> mapping, int columnCount, Validator v)
    {
        var columns = new Dictionary<ImportField, int>();
        foreach (var (key, column) in mapping)
        {
            if (!Enum.TryParse<ImportField>(key, ignoreCase: true, out var field) || !Enum.IsDefined(field) || int.TryParse(key, out _))
                v.Add($"mapping.{key}", "Validation.Invalid");
            else if (column < 0 || column >= columnCount) v.Add($"mapping.{key}", "Validation.Range", 0, columnCount - 1);
            else columns[field] = column;
        }
        return columns;
    }

    /// <summary>A file that cannot be read answers 400 on the field that explains it, never a 500.</summary>
    internal static Outcome? Read(string format, string fileName, byte[] content, string? sheet, out ImportSource source)
    {
        try
        {
            source = ImportFileReader.Read(format, fileName, content, sheet);
            return null;
        }
        catch (ImportReadException e)
        {
            source = null!;
            return Outcome.Invalid(e.Key == "Import.File.NoSuchSheet" ? "sheet" : "file", SharedText.Format(e.Key, e.Args));
        }
    }
}
