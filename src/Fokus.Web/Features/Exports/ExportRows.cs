using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Exports;

internal sealed record ObjectiveRow(Guid Id, Guid? PeriodId, string Title, string Description, ObjectiveLevel Level, Guid? OwnerTeamId,
    Guid? OwnerPersonId, Guid? ParentObjectiveId, ObjectiveState State, int SortOrder, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record KeyResultRow(Guid Id, Guid ObjectiveId, string Title, string Description, Guid? OwnerPersonId, KeyResultType Type,
    string Unit, string? CurrencyCode, decimal StartValue, decimal TargetValue, decimal CurrentValue, bool Done, Direction Direction,
    decimal Weight, int SortOrder, DateTimeOffset? LastCheckInAt, int? LastConfidence, decimal? Score, DateTimeOffset CreatedAt)
{
    public double Progress => KeyResultProgress.Of(Type, Direction, StartValue, TargetValue, CurrentValue, Done);
}

internal sealed record CheckInRow(Guid Id, Guid KeyResultId, DateTimeOffset CreatedAt, decimal? Value, bool? Done, int Confidence,
    string WentWell, string Blockers, string Note, Guid? AuthorPersonId);

internal sealed record InitiativeRow(Guid Id, string Title, string Description, InitiativeStatus Status, DateOnly? DueDate,
    Guid? OwnerPersonId, IReadOnlyList<Guid> KeyResultIds);

/// <summary>The objectives and key results of a scope as plain rows (no tracked entities), in the order the sheets show them.</summary>
internal sealed record ExportData(ExportScope Scope, IReadOnlyList<ObjectiveRow> Objectives, ILookup<Guid, KeyResultRow> KeyResults,
    IReadOnlyList<InitiativeRow> Initiatives)
{
    public IEnumerable<(ObjectiveRow Objective, KeyResultRow KeyResult)> KeyResultLines =>
        Objectives.SelectMany(o => KeyResults[o.Id].Select(k => (o, k)));

    /// <summary>Strategic objectives belong to no period.</summary>
    public string? PeriodName(ObjectiveRow o) => o.PeriodId is null ? null : Scope.Period.Name;

    /// <summary>The key result's path from its creation through the period; strategic objectives have none (as on the big picture).</summary>
    private (KeyResultStatus Status, double Expected) Assess(ObjectiveRow o, KeyResultRow k) => o.PeriodId is null
        ? (KeyResultStatusRule.Of(k.Progress, 0, k.LastConfidence, Scope.Thresholds), 0)
        : KeyResultTimeline.Of(k.CreatedAt, Scope.Period.StartDate, Scope.Period.EndDate, Scope.GraceDays)
            .Assess(k.Progress, k.LastCheckInAt, k.LastConfidence, Scope.Today, Scope.Thresholds);

    public KeyResultStatus Status(ObjectiveRow o, KeyResultRow k) => Assess(o, k).Status;

    public double Progress(ObjectiveRow o) => ObjectiveProgress.Of(KeyResults[o.Id].Select(k => (k.Progress, k.Weight)));

    public KeyResultStatus? Status(ObjectiveRow o) => KeyResultStatusRule.OfObjective(
        KeyResults[o.Id].Select(k =>
        {
            var (status, expected) = Assess(o, k);
            return new KeyResultPosition(k.Progress, expected, k.Weight, status);
        }).ToList(),
        Scope.Thresholds);
}

internal static class ExportReader
{
    public static async Task<ExportData> LoadAsync(FokusDbContext db, Caller caller, ExportScope scope, CancellationToken ct)
    {
        var objectives = ExportScopes.ReadableObjectives(db, caller, scope);
        var objectiveRows = await objectives.OrderBy(o => o.Level).ThenBy(o => o.SortOrder).ThenBy(o => o.Title).ThenBy(o => o.Id)
            .Select(o => new ObjectiveRow(o.Id, o.PeriodId, o.Title, o.Description, o.Level, o.OwnerTeamId, o.OwnerPersonId, o.ParentObjectiveId,
                o.State, o.SortOrder, o.CreatedAt, o.UpdatedAt)).ToListAsync(ct);
        var keyResults = (await db.KeyResults.AsNoTracking().Where(k => objectives.Any(o => o.Id == k.ObjectiveId))
            .Select(k => new KeyResultRow(k.Id, k.ObjectiveId, k.Title, k.Description, k.OwnerPersonId, k.Type, k.Unit, k.CurrencyCode,
                k.StartValue, k.TargetValue, k.CurrentValue, k.Done, k.Direction, k.Weight, k.SortOrder, k.LastCheckInAt, k.LastConfidence, k.Score, k.CreatedAt))
            .ToListAsync(ct)).OrderBy(k => k.SortOrder).ThenBy(k => k.Id).ToLookup(k => k.ObjectiveId);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.KeyResults.Any(l => db.KeyResults.Any(k => k.Id == l.KeyResultId && objectives.Any(o => o.Id == k.ObjectiveId))))
            .OrderBy(i => i.DueDate == null).ThenBy(i => i.DueDate).ThenBy(i => i.Title).ThenBy(i => i.Id)
            .Select(i => new InitiativeRow(i.Id, i.Title, i.Description, i.Status, i.DueDate, i.OwnerPersonId,
                i.KeyResults.Select(l => l.KeyResultId).ToList()))
            .ToListAsync(ct);
        return new ExportData(scope, objectiveRows, keyResults, initiatives);
    }

    /// <summary>One batch of key results' check-ins, oldest first per key result, through the (key result, time) index.</summary>
    public static IQueryable<CheckInRow> CheckIns(FokusDbContext db, Guid organisationId, IReadOnlyCollection<Guid> keyResultIds) =>
        db.CheckIns.AsNoTracking().Where(c => keyResultIds.Contains(c.KeyResultId))
            .OrderBy(c => c.KeyResultId).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CheckInRow(c.Id, c.KeyResultId, c.CreatedAt, c.Value, c.Done, c.Confidence, c.WentWell, c.Blockers, c.Note,
                c.AuthorPersonId));
}
