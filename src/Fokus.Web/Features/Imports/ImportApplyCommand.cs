using System.Text.Json;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Features.Imports.Resolving;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Imports;

/// <summary>
/// Applies a session in one transaction: resolves again against the data as it is now, refuses when anything is an
/// error, writes in chunks and marks the session applied, so a second apply answers 409.
/// </summary>
internal sealed class ImportApplyCommand(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, WriteGate gate)
{
    public async Task<Outcome<ImportResultDto>> ApplyAsync(Caller caller, Guid id, IProgress<double>? progress, CancellationToken ct)
    {
        using var writing = await gate.EnterAsync(ct);
        await using var probe = await dbs.OpenAsync(caller, ct);
        // The strategy may run the whole unit again after a transient failure, so everything is read inside it.
        return await probe.Database.CreateExecutionStrategy().ExecuteAsync(token => RunAsync(caller, id, progress, token), ct);
    }

    private async Task<Outcome<ImportResultDto>> RunAsync(Caller caller, Guid id, IProgress<double>? progress, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var gate = await ImportPreviews.LoadAsync(db, caller, id, track: false, ct);
        if (gate.Denied is { } failure) return failure;
        var (session, actor) = (gate.Row, gate.Actor);
        var now = clock.GetUtcNow();
        // Claiming the session first makes two concurrent applies wait on one row; the second finds it applied.
        var claimed = await db.ImportSessions.Where(s => s.Id == id && s.AppliedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AppliedAt, now), ct);
        if (claimed == 0) return Outcome.Conflict(new { appliedAt = session.AppliedAt });

        if (ImportCommands.Read(session.Format, session.FileName, session.Content, session.Sheet, out var source) is { } unreadable)
            return unreadable;
        var prepared = ImportPreviews.Prepare(session, source);
        var org = await ImportOrgData.LoadAsync(db, caller.OrganisationId, clock, tracked: true, ct);
        var r = ImportPreviews.Resolve(prepared, org, session, actor, now);
        if (r.HasErrors) return Outcome.Invalid(Errors(r));

        await new ImportApplier(db, org, caller.OrganisationId, caller.PersonId, now).ApplyAsync(r, progress, ct);
        var teams = r.Objectives.Where(o => o.TeamId is not null && o.TeamName is not null)
            .Select(o => new ImportTeamLinkDto(o.TeamId!.Value, o.TeamName!)).Distinct().OrderBy(t => t.Name).ToList();
        var result = new ImportResultDto(r.ToCreate, r.ToUpdate, [], teams);
        var summary = JsonSerializer.Serialize(result, JsonSerializerOptions.Web);
        await db.ImportSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SummaryJson, summary), ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>Field errors keyed "row:column", the way a spreadsheet user looks for them.</summary>
    private static Dictionary<string, string[]> Errors(ImportResolution r) => r.Problems.Where(p => p.IsError)
        .Select(ImportPreviews.Message)
        .GroupBy(p => $"{p.Row}:{p.Column}")
        .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
}
