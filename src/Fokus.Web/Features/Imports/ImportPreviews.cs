using System.Globalization;
using Fokus.Core.Imports;
using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Imports.Reading;
using Fokus.Web.Features.Imports.Resolving;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Imports;

/// <summary>The dry run shared by upload, read and mapping change: read, plan, resolve against the organisation, describe.</summary>
internal static class ImportPreviews
{
    private const int MaxItems = 200;

    public static string Reader => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? "sv" : "en";

    /// <summary>A stored import through the gate: the caller's organisation's session, then the import right.</summary>
    public static Task<Gated<ImportSession>> LoadAsync(FokusDbContext db, Caller caller, Guid id, bool track, CancellationToken ct) =>
        db.LoadAsync(caller, (track ? db.ImportSessions : db.ImportSessions.AsNoTracking()).Where(s => s.Id == id),
            (actor, _) => AccessRules.CanImport(actor), ct);

    public static PreparedImport Prepare(ImportSession s, ImportSource? source = null) =>
        ImportPlanning.Prepare(source ?? ImportFileReader.Read(s.Format, s.FileName, s.Content, s.Sheet), s.MappingJson,
            CultureInfo.GetCultureInfo(s.Culture));

    public static ImportResolution Resolve(PreparedImport prepared, ImportOrgData org, ImportSession s, Actor actor, DateTimeOffset now) =>
        ImportResolver.Resolve(prepared.Plan, org, new ResolveOptions(actor, s.PeriodId, s.CreateMissing, Reader, now, prepared.Column));

    public static async Task<ImportPreviewDto> BuildAsync(FokusDbContext db, ImportSession s, Actor actor, TimeProvider clock,
        ImportSource? source, CancellationToken ct)
    {
        var prepared = Prepare(s, source);
        var org = await ImportOrgData.LoadAsync(db, s.OrganisationId, clock, tracked: false, ct);
        var r = Resolve(prepared, org, s, actor, clock.GetUtcNow());
        return Describe(s, prepared, r);
    }

    public static ImportPreviewDto Describe(ImportSession s, PreparedImport prepared, ImportResolution r)
    {
        var problems = r.Problems.OrderBy(p => p.Row).ThenBy(p => p.Column, StringComparer.Ordinal).ToList();
        var ordered = r.Objectives.OrderBy(o => o.Plan.Row).ToList();
        return new ImportPreviewDto(
            s.Id, s.FileName, s.Format, prepared.Plan.Layout, prepared.Source.Sheets, prepared.Source.Sheet?.Name,
            prepared.Headers, ImportPlanning.ToApi(prepared.Mapping.Columns), ImportPlanning.ToApi(prepared.Suggested.Columns),
            s.PeriodId, s.CreateMissing, s.Culture, r.ToCreate, r.ToUpdate,
            problems.Where(p => p.IsError).Select(Message).ToList(),
            problems.Where(p => !p.IsError).Select(Message).ToList(),
            ordered.SelectMany(o => o.KeyResults).Where(k => k.Activity)
                .Select(k => new ImportActivityDto(k.Plan.Row, k.Plan.Title, k.ActivityHint)).ToList(),
            r.MissingTeams.ToList(), r.MissingPeople.ToList(),
            ordered.Take(MaxItems).Select(Item).ToList(), ordered.Count, s.AppliedAt);
    }

    public static ImportProblemDto Message(ImportProblem p) =>
        new(p.Row, p.Column, p.Args.Count == 0 ? SharedText.Get(p.MessageKey) : SharedText.Format(p.MessageKey, [.. p.Args]));

    private static ImportItemDto Item(ResolvedObjective o) => new(o.Plan.Row, o.Plan.Title, o.TeamName, o.IsNew,
        o.KeyResults.Select(k => new ImportKeyResultItemDto(k.Plan.Row, k.Plan.Title, k.IsNew, k.Activity,
            Number(k.Plan.Start), Number(k.Plan.Target), k.Plan.Current is { } c ? Number(c) : null)).ToList());

    private static string Number(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);
}
