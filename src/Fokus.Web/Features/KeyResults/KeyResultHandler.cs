using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.KeyResults;

internal sealed record UpdateKeyResultRequest(int? Version, string? Title, string? Description, Guid? OwnerPersonId,
    KeyResultType? Type, string? Unit, string? CurrencyCode, decimal? StartValue, decimal? TargetValue,
    Direction? Direction, decimal? Weight, int? SortOrder)
{
    public bool? UnboundedPercent { get; init; }

    public KeyResultInput ToInput() => new(Title, Description, OwnerPersonId, Type, Unit, CurrencyCode, StartValue, TargetValue, Direction, Weight, SortOrder)
        { UnboundedPercent = UnboundedPercent };
}

internal sealed record KeyResultFilter(Guid? ObjectiveId, Guid? OwnerPersonId, Guid? PeriodId, int? Page, int? PageSize);

internal sealed class KeyResultHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<KeyResultDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await LoadDtoAsync(db, caller.OrganisationId, id, clock, ct) is { } dto ? dto : Outcome.NotFound;
    }

    public async Task<Outcome<Paged<KeyResultDto>>> ListAsync(Caller caller, KeyResultFilter f, CancellationToken ct)
    {
        var page = PageRequest.Of(f.Page, f.PageSize);
        await using var db = await dbs.OpenAsync(caller, ct);
        var query = db.KeyResults.AsNoTracking();
        if (f.ObjectiveId is { } objective) query = query.Where(k => k.ObjectiveId == objective);
        if (f.OwnerPersonId is { } owner) query = query.Where(k => k.OwnerPersonId == owner);
        if (f.PeriodId is { } period)
            query = query.Where(k => db.Objectives.Any(o => o.Id == k.ObjectiveId && o.PeriodId == period));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(k => k.ObjectiveId).ThenBy(k => k.SortOrder).Skip(page.Skip).Take(page.PageSize)
            .Join(db.Objectives, k => k.ObjectiveId, o => o.Id, (k, o) => new { k, o.PeriodId }).ToListAsync(ct);
        var projection = await OkrProjection.LoadAsync(db, caller.OrganisationId, clock, rows.Select(r => r.k), ct);
        return new Paged<KeyResultDto>(rows.Select(r => projection.KeyResult(r.k, r.PeriodId)).ToList(), page.Page, page.PageSize, total);
    }

    public async Task<Outcome<KeyResultDto>> CreateAsync(Caller caller, Guid objectiveId, KeyResultInput input, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await CreateInAsync(db, caller, objectiveId, input, ct);
    }

    /// <summary>Creates within a context the caller already has open (the editor's one transaction).</summary>
    public async Task<Outcome<KeyResultDto>> CreateInAsync(FokusDbContext db, Caller caller, Guid objectiveId, KeyResultInput input, CancellationToken ct)
    {
        var gate = await db.LoadAsync(caller, db.Objectives.AsNoTracking().Where(o => o.Id == objectiveId),
            (actor, o) => AccessRules.CanEditObjective(actor, o.OwnerTeamId, o.OwnerPersonId), ct);
        if (gate.Denied is { } denied) return denied;
        var objective = gate.Row;
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("objectiveId");
        var v = await KeyResultRules.ValidateAsync(db, input, ct);
        var count = await db.KeyResults.CountAsync(k => k.ObjectiveId == objectiveId, ct);
        KeyResultLimit.Check(v, count + 1, await KeyResultLimit.OfAsync(db, caller.OrganisationId, ct));
        if (!v.IsValid) return v.ToOutcome();

        var order = input.SortOrder ?? count;
        var kr = KeyResultRules.Create(caller.OrganisationId, objectiveId, input, order, clock.GetUtcNow());
        db.KeyResults.Add(kr);
        await db.SaveChangesAsync(ct);
        return Outcome.Created((await LoadDtoAsync(db, caller.OrganisationId, kr.Id, clock, ct))!);
    }

    public async Task<Outcome<KeyResultDto>> UpdateAsync(Caller caller, Guid id, UpdateKeyResultRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await UpdateInAsync(db, caller, id, r, ct);
    }

    public async Task<Outcome<KeyResultDto>> UpdateInAsync(FokusDbContext db, Caller caller, Guid id, UpdateKeyResultRequest r, CancellationToken ct)
    {
        var gate = await db.LoadAsync(caller, WithObjective(db, id),
            (actor, x) => AccessRules.CanEditKeyResult(actor, x.Kr.OwnerPersonId, x.Objective.OwnerTeamId, x.Objective.OwnerPersonId), ct);
        if (gate.Denied is { } denied) return denied;
        var (kr, objective) = gate.Row;
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("objectiveId");
        // A client that does not send the flag keeps the key result's own.
        var input = r.ToInput() with { UnboundedPercent = r.UnboundedPercent ?? kr.UnboundedPercent };
        var v = await KeyResultRules.ValidateAsync(db, input, ct);
        v.Check(r.Version is not null, "version", "Validation.Required");
        if (!v.IsValid) return v.ToOutcome();
        if (r.Version != kr.Version) return await ConflictAsync(db, caller, id, ct);

        KeyResultRules.Apply(kr, input);
        kr.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return await ConflictAsync(db, caller, id, ct); }
        return (await LoadDtoAsync(db, caller.OrganisationId, id, clock, ct))!;
    }

    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await DeleteInAsync(db, caller, id, ct);
    }

    public async Task<Outcome> DeleteInAsync(FokusDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var gate = await db.LoadAsync(caller, WithObjective(db, id),
            (actor, x) => AccessRules.CanEditObjective(actor, x.Objective.OwnerTeamId, x.Objective.OwnerPersonId), ct);
        if (gate.Denied is { } denied) return denied;
        var (kr, objective) = gate.Row;
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("objectiveId");
        db.KeyResults.Remove(kr);
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }

    internal sealed record KeyResultWithObjective(KeyResult Kr, Objective Objective);

    /// <summary>The key result (tracked) with its objective, in one query.</summary>
    internal static IQueryable<KeyResultWithObjective> WithObjective(FokusDbContext db, Guid id) =>
        db.KeyResults.Where(k => k.Id == id).Join(db.Objectives, k => k.ObjectiveId, o => o.Id, (k, o) => new KeyResultWithObjective(k, o));

    internal static async Task<KeyResultDto?> LoadDtoAsync(FokusDbContext db, Guid orgId, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var row = await db.KeyResults.AsNoTracking().Where(k => k.Id == id)
            .Join(db.Objectives, k => k.ObjectiveId, o => o.Id, (k, o) => new { k, o.PeriodId }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var projection = await OkrProjection.LoadAsync(db, orgId, clock, [row.k], ct);
        return projection.KeyResult(row.k, row.PeriodId);
    }

    private async Task<Outcome> ConflictAsync(FokusDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await LoadDtoAsync(db, caller.OrganisationId, id, clock, ct);
        return current is null ? Outcome.NotFound : Outcome.Conflict(current);
    }
}
