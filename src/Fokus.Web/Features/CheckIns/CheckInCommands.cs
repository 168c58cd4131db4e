using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

internal sealed partial class CheckInCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, ReadModelCache cache, WriteGate gate)
{
    /// <summary>Stores the check-in and the key result's new current value in one transaction.</summary>
    public async Task<Outcome<CheckInResult>> CreateAsync(Caller caller, Guid keyResultId, CreateCheckInRequest r, CancellationToken ct)
    {
        // Another check-in or an edit of the key result committed meanwhile: read it again and re-apply,
        // so the key result always carries the latest committed check-in.
        // The check-in keeps its id and time across attempts; an attempt that finds a newer check-in
        // already applied only stores this one in the history.
        var id = Guid.CreateVersion7();
        var at = clock.GetUtcNow();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try { return await TryCreateAsync(caller, keyResultId, r, id, at, ct); }
            catch (DbUpdateConcurrencyException) { }
        }
        return Outcome.Conflict(new { keyResultId });
    }

    // The hot write path: one read for the key result with its objective and period, one for the
    // caller's rights, one transaction for the check-in and the key result's new current value.
    private async Task<Outcome<CheckInResult>> TryCreateAsync(Caller caller, Guid keyResultId, CreateCheckInRequest r,
        Guid id, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        await db.Database.OpenConnectionAsync(ct);
        var target = await db.LoadAsync(caller, CheckInReads.Target(db, keyResultId),
            (actor, t) => AccessRules.CanCheckIn(actor, t.Kr.OwnerPersonId, t.OwnerTeamId, t.OwnerPersonId), ct);
        if (target.Denied is { } denied) return denied;
        var found = target.Row;
        var (kr, period) = (found.Kr, found.Period);
        if (PeriodRules.IsClosed(period)) return PeriodRules.Closed("keyResultId");
        var v = Validate(r, kr.Type);
        if (v.IsValid) CheckInValueRules.Check(v, kr, r.Value, r.ConfirmOutlier == true);
        if (!v.IsValid) return v.ToOutcome();

        var checkIn = new CheckIn
        {
            Id = id, OrganisationId = caller.OrganisationId, KeyResultId = kr.Id,
            Value = kr.Type == KeyResultType.Milestone ? null : r.Value,
            Done = kr.Type == KeyResultType.Milestone ? r.Done : null,
            Confidence = r.Confidence!.Value, WentWell = r.WentWell?.Trim() ?? "", Blockers = r.Blockers?.Trim() ?? "",
            Note = r.Note?.Trim() ?? "", AuthorPersonId = caller.PersonId, CreatedAt = at,
        };
        kr.Apply(checkIn);
        db.CheckIns.Add(checkIn);
        using (await gate.EnterAsync(ct))
            await db.SaveChangesAsync(ct);

        var settings = await cache.StatusSettingsAsync(db, caller.OrganisationId, ct);
        var ownerName = kr.OwnerPersonId == caller.PersonId ? caller.Name
            : await db.People.Where(p => p.Id == kr.OwnerPersonId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var projection = new OkrProjection(DateOnly.FromDateTime(checkIn.CreatedAt.UtcDateTime), settings.Thresholds, settings.GraceDays,
            period is null ? new Dictionary<Guid, Period>() : new Dictionary<Guid, Period> { [period.Id] = period },
            kr.OwnerPersonId is { } owner && ownerName is not null ? new Dictionary<Guid, string> { [owner] = ownerName } : new Dictionary<Guid, string>());
        return Outcome.Created(new CheckInResult(CheckInDto.From(checkIn, caller.Name), projection.KeyResult(kr, found.PeriodId)));
    }

    /// <summary>Corrects a check-in (value, confidence, texts); the key result follows its newest check-in.</summary>
    public async Task<Outcome<CheckInDto>> UpdateAsync(Caller caller, Guid id, UpdateCheckInRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Amount("value", r.Value)
            .Check(r.Confidence is not null, "confidence", "Validation.Required")
            .Range("confidence", r.Confidence, 0, 10)
            .Text("wentWell", r.WentWell, TextLimits.LongText, required: false)
            .Text("blockers", r.Blockers, TextLimits.LongText, required: false)
            .Text("note", r.Note, TextLimits.LongText, required: false);
        await using var db = await dbs.OpenAsync(caller, ct);
        // The join also answers 404 for a key result deleted a moment ago, taking this check-in with it.
        var found = await db.LoadAsync(caller, Correctable(db, id), (actor, x) => AccessRules.CanChangeCheckIn(actor, x.CheckIn.AuthorPersonId, x.OwnerTeamId), ct);
        if (found.Denied is { } denied) return denied;
        var (checkIn, kr, _) = found.Row;
        if (!v.IsValid) return v.ToOutcome();
        if (await PeriodRules.ObjectiveIsClosedAsync(db, kr.ObjectiveId, ct)) return PeriodRules.Closed("keyResultId");
        if (!CheckInValueRules.Check(v, kr, r.Value, r.ConfirmOutlier == true).IsValid) return v.ToOutcome();

        if (kr.Type == KeyResultType.Milestone) checkIn.Done = r.Done ?? checkIn.Done;
        else checkIn.Value = r.Value ?? checkIn.Value;
        checkIn.Confidence = r.Confidence!.Value;
        checkIn.WentWell = r.WentWell?.Trim() ?? "";
        checkIn.Blockers = r.Blockers?.Trim() ?? "";
        checkIn.Note = r.Note?.Trim() ?? "";
        await FollowNewestAsync(db, kr, without: null, extra: null, ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome.Conflict(new { keyResultId = kr.Id }); }
        return CheckInDto.From(checkIn, null);
    }

    /// <summary>Removes a check-in (the API's DELETE); the key result falls back to the newest remaining one (or its start).</summary>
    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var removed = await RemoveAsync(caller, id, ct);
        return removed.Succeeded ? Outcome.NoContent : new Outcome(removed.Kind, removed.Errors, removed.Current);
    }

    /// <summary>Removes a check-in and answers what was removed with it, so the page can offer to undo (RestoreAsync).</summary>
    public async Task<Outcome<RemovedCheckIn>> RemoveAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var found = await db.LoadAsync(caller, Correctable(db, id), (actor, x) => AccessRules.CanChangeCheckIn(actor, x.CheckIn.AuthorPersonId, x.OwnerTeamId), ct);
        if (found.Denied is { } denied) return denied;
        var (checkIn, kr, _) = found.Row;
        if (await PeriodRules.ObjectiveIsClosedAsync(db, kr.ObjectiveId, ct)) return PeriodRules.Closed("keyResultId");

        // Comments and reactions go with the check-in (cascade); kept here so an undo brings them back too.
        var comments = await db.CheckInComments.AsNoTracking().Where(c => c.CheckInId == id).ToListAsync(ct);
        var reactions = await db.CheckInReactions.AsNoTracking().Where(x => x.CheckInId == id).ToListAsync(ct);
        var copy = Copy(checkIn);
        db.CheckIns.Remove(checkIn);
        await FollowNewestAsync(db, kr, without: id, extra: null, ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome.Conflict(new { keyResultId = kr.Id }); }
        return new RemovedCheckIn(copy, comments, reactions);
    }

    internal sealed record Correction(CheckIn CheckIn, KeyResult Kr, Guid? OwnerTeamId);

    /// <summary>A check-in (tracked) with its key result and the team that owns the key result's objective, in one query.</summary>
    internal static IQueryable<Correction> Correctable(FokusDbContext db, Guid id) =>
        from c in db.CheckIns
        join k in db.KeyResults on c.KeyResultId equals k.Id
        join o in db.Objectives on k.ObjectiveId equals o.Id
        where c.Id == id
        select new Correction(c, k, o.OwnerTeamId);

    /// <summary>The key result takes its newest check-in (or its start when none is left), in the same save as the change.</summary>
    internal static async Task FollowNewestAsync(FokusDbContext db, KeyResult kr, Guid? without, CheckIn? extra, CancellationToken ct)
    {
        var newest = await db.CheckIns.Where(c => c.KeyResultId == kr.Id && c.Id != without)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (extra is not null && (newest is null || extra.CreatedAt >= newest.CreatedAt)) newest = extra;
        kr.CurrentValue = kr.StartValue;
        kr.Done = false;
        kr.LastCheckInAt = null;
        kr.LastConfidence = null;
        if (newest is not null) kr.Apply(newest);
    }

    private static CheckIn Copy(CheckIn c) => new()
    {
        Id = c.Id, OrganisationId = c.OrganisationId, KeyResultId = c.KeyResultId, Value = c.Value, Done = c.Done,
        Confidence = c.Confidence, WentWell = c.WentWell, Blockers = c.Blockers, Note = c.Note,
        AuthorPersonId = c.AuthorPersonId, CreatedAt = c.CreatedAt,
    };

    private static Validator Validate(CreateCheckInRequest r, KeyResultType type) => new Validator()
        .Check(type == KeyResultType.Milestone || r.Value is not null, "value", "Validation.Required")
        .Check(type != KeyResultType.Milestone || r.Done is not null, "done", "Validation.Required")
        .Amount("value", r.Value)
        .Check(r.Confidence is not null, "confidence", "Validation.Required")
        .Range("confidence", r.Confidence, 0, 10)
        .Text("wentWell", r.WentWell, TextLimits.LongText, required: false)
        .Text("blockers", r.Blockers, TextLimits.LongText, required: false)
        .Text("note", r.Note, TextLimits.LongText, required: false);
}
