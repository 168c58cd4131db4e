using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

internal sealed partial class CheckInCommands
{
    /// <summary>
    /// Undoes a removal from the key-result page. A removal is committed at once (RemoveAsync) and undone by putting
    /// back the same row (same id and time, so the history and the key result's "newest" are as before) with its
    /// comments and reactions. Chosen over a delayed delete: nothing waits on a timer or a live circuit, so leaving
    /// the page, a dropped circuit or a restart can at worst lose the chance to undo, never a deletion someone saw
    /// happen, and everyone else (and the API) sees the same state at once.
    /// </summary>
    public async Task<Outcome> RestoreAsync(Caller caller, RemovedCheckIn removed, CancellationToken ct)
    {
        var original = removed.CheckIn;
        await using var db = await dbs.OpenAsync(caller, ct);
        var found = await db.LoadAsync(caller,
            from k in db.KeyResults
            join o in db.Objectives on k.ObjectiveId equals o.Id
            where k.Id == original.KeyResultId
            select new { Kr = k, o.OwnerTeamId },
            (actor, x) => AccessRules.CanChangeCheckIn(actor, original.AuthorPersonId, x.OwnerTeamId), ct);
        if (found.Denied is { } denied) return denied;
        var kr = found.Row.Kr;
        if (await PeriodRules.ObjectiveIsClosedAsync(db, kr.ObjectiveId, ct)) return PeriodRules.Closed("keyResultId");
        if (await db.CheckIns.AnyAsync(c => c.Id == original.Id, ct)) return Outcome.NoContent; // already back (a second click)

        // People removed in the meantime: their comments stay without an author, their reactions go (as a removal would do).
        var named = removed.Comments.Select(c => c.AuthorPersonId).Concat(removed.Reactions.Select(r => (Guid?)r.PersonId))
            .Append(original.AuthorPersonId).OfType<Guid>().Distinct().ToList();
        var present = (await db.People.Where(p => named.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var row = Copy(original);
        if (row.AuthorPersonId is { } author && !present.Contains(author)) row.AuthorPersonId = null;
        db.CheckIns.Add(row);
        db.CheckInComments.AddRange(removed.Comments.Select(c => new CheckInComment
        {
            Id = c.Id, OrganisationId = row.OrganisationId, CheckInId = row.Id, Text = c.Text, CreatedAt = c.CreatedAt,
            AuthorPersonId = c.AuthorPersonId is { } a && present.Contains(a) ? a : null,
        }));
        db.CheckInReactions.AddRange(removed.Reactions.Where(r => present.Contains(r.PersonId)).Select(r => new CheckInReaction
        {
            Id = r.Id, OrganisationId = row.OrganisationId, CheckInId = row.Id, PersonId = r.PersonId, Kind = r.Kind, CreatedAt = r.CreatedAt,
        }));
        await FollowNewestAsync(db, kr, without: null, extra: row, ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome.Conflict(new { keyResultId = kr.Id }); }
        return Outcome.NoContent;
    }
}
