using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Objectives;

/// <summary>Creates, updates and deletes objectives; an objective can be created together with its key results.</summary>
internal sealed class ObjectiveCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<ObjectiveDto>> CreateAsync(Caller caller, CreateObjectiveRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await CreateInAsync(db, caller, r, ct);
    }

    /// <summary>Creates within a context the caller already has open (the editor's one transaction).</summary>
    public async Task<Outcome<ObjectiveDto>> CreateInAsync(FokusDbContext db, Caller caller, CreateObjectiveRequest r, CancellationToken ct)
    {
        var gate = await db.AllowAsync(caller, AccessRules.CanContribute, ct);
        if (gate.Denied is { } denied) return denied;
        var actor = gate.Actor;
        var v = await ObjectiveValidation.ValidateAsync(db, null, r.Title, r.Description, r.Level,
            r.PeriodId, r.OwnerTeamId, r.OwnerPersonId, r.ParentObjectiveId, r.State, ct);
        var krs = r.KeyResults ?? [];
        for (var i = 0; i < krs.Count; i++)
            v.Merge($"keyResults[{i}]", await KeyResultRules.ValidateAsync(db, krs[i], ct));
        KeyResultLimit.Check(v, krs.Count, await KeyResultLimit.OfAsync(db, caller.OrganisationId, ct));
        if (!v.IsValid) return v.ToOutcome();
        if (!AccessRules.CanEditObjective(actor, r.OwnerTeamId, r.OwnerPersonId)
            || !AccessRules.CanSetLevel(actor, r.Level!.Value, r.OwnerPersonId)) return Outcome.Forbidden;

        var now = clock.GetUtcNow();
        var objective = new Objective
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, Title = r.Title!.Trim(),
            Description = r.Description?.Trim() ?? "", Level = r.Level!.Value,
            PeriodId = r.Level == ObjectiveLevel.Strategic ? null : r.PeriodId,
            OwnerTeamId = r.OwnerTeamId, OwnerPersonId = r.OwnerPersonId, ParentObjectiveId = r.ParentObjectiveId,
            State = r.State ?? ObjectiveState.Active, SortOrder = r.SortOrder ?? 0, CreatedAt = now, UpdatedAt = now,
        };
        for (var i = 0; i < krs.Count; i++)
            objective.KeyResults.Add(KeyResultRules.Create(caller.OrganisationId, objective.Id, krs[i], krs[i].SortOrder ?? i, now));
        db.Objectives.Add(objective);
        await db.SaveChangesAsync(ct);
        return Outcome.Created((await ObjectiveQueries.LoadDtoAsync(db, caller.OrganisationId, objective.Id, clock, ct))!);
    }

    public async Task<Outcome<ObjectiveDto>> UpdateAsync(Caller caller, Guid id, UpdateObjectiveRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await UpdateInAsync(db, caller, id, r, ct);
    }

    public async Task<Outcome<ObjectiveDto>> UpdateInAsync(FokusDbContext db, Caller caller, Guid id, UpdateObjectiveRequest r, CancellationToken ct)
    {
        var gate = await db.LoadAsync(caller, db.Objectives.Where(o => o.Id == id), MayEdit, ct);
        if (gate.Denied is { } denied) return denied;
        var (objective, actor) = (gate.Row, gate.Actor);
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("periodId");

        var v = await ObjectiveValidation.ValidateAsync(db, id, r.Title, r.Description, r.Level,
            r.PeriodId, r.OwnerTeamId, r.OwnerPersonId, r.ParentObjectiveId, r.State, ct);
        v.Check(r.Version is not null, "version", "Validation.Required");
        if (!v.IsValid) return v.ToOutcome();
        // Moving an objective to another owner needs the right to edit there as well.
        if (!AccessRules.CanEditObjective(actor, r.OwnerTeamId, r.OwnerPersonId)
            || !AccessRules.CanSetLevel(actor, r.Level!.Value, r.OwnerPersonId)) return Outcome.Forbidden;
        if (r.Version != objective.Version) return await ConflictAsync(db, caller, id, ct);

        objective.Title = r.Title!.Trim();
        objective.Description = r.Description?.Trim() ?? "";
        objective.Level = r.Level!.Value;
        objective.PeriodId = r.Level == ObjectiveLevel.Strategic ? null : r.PeriodId;
        objective.OwnerTeamId = r.OwnerTeamId;
        objective.OwnerPersonId = r.OwnerPersonId;
        objective.ParentObjectiveId = r.ParentObjectiveId;
        objective.State = r.State ?? objective.State;
        objective.SortOrder = r.SortOrder ?? objective.SortOrder;
        objective.Version++;
        objective.UpdatedAt = clock.GetUtcNow();
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return await ConflictAsync(db, caller, id, ct); }
        return (await ObjectiveQueries.LoadDtoAsync(db, caller.OrganisationId, id, clock, ct))!;
    }

    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await db.LoadAsync(caller, db.Objectives.Where(o => o.Id == id), MayEdit, ct);
        if (gate.Denied is { } denied) return denied;
        var objective = gate.Row;
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("periodId");
        db.Objectives.Remove(objective);
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }

    private static bool MayEdit(Actor actor, Objective o) => AccessRules.CanEditObjective(actor, o.OwnerTeamId, o.OwnerPersonId);

    private async Task<Outcome> ConflictAsync(FokusDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await ObjectiveQueries.LoadDtoAsync(db, caller.OrganisationId, id, clock, ct);
        return current is null ? Outcome.NotFound : Outcome.Conflict(current);
    }
}
