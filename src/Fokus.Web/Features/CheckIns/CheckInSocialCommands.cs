using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Notifications;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

/// <summary>
/// Comments and reactions on check-ins: members and up comment and react, viewers only read.
/// A comment is removed by its author or an admin.
/// </summary>
internal sealed class CheckInSocialCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<CheckInCommentDto>> AddCommentAsync(Caller caller, Guid checkInId, AddCommentRequest r, CancellationToken ct)
    {
        var v = new Validator().Text("text", r.Text, CheckInComment.MaxLength);
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await GateAsync(db, caller, checkInId, ct);
        if (gate is not null) return gate;
        if (!v.IsValid) return v.ToOutcome();
        var comment = new CheckInComment
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, CheckInId = checkInId,
            AuthorPersonId = caller.PersonId, Text = r.Text!.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        db.CheckInComments.Add(comment);
        await CheckInNotices.AddForCommentAsync(db, caller, checkInId, comment.Text, comment.CreatedAt, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Created(new CheckInCommentDto(comment.Id, checkInId, caller.PersonId, caller.Name, comment.Text, comment.CreatedAt));
    }

    public async Task<Outcome> DeleteCommentAsync(Caller caller, Guid commentId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await db.LoadAsync(caller, db.CheckInComments.Where(c => c.Id == commentId),
            (actor, c) => AccessRules.CanChangeContribution(actor, c.AuthorPersonId), ct);
        if (gate.Denied is { } denied) return denied;
        db.CheckInComments.Remove(gate.Row);
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }

    /// <summary>Gives the reaction if the caller has not given it yet, otherwise takes it back.</summary>
    public async Task<Outcome<ReactionSummaryDto>> ToggleReactionAsync(Caller caller, Guid checkInId, ReactionKind? kind, CancellationToken ct) =>
        await ReactAsync(caller, checkInId, kind, add: null, ct);

    /// <summary>Gives the reaction; giving it twice keeps one.</summary>
    public async Task<Outcome<ReactionSummaryDto>> AddReactionAsync(Caller caller, Guid checkInId, ReactionKind? kind, CancellationToken ct) =>
        await ReactAsync(caller, checkInId, kind, add: true, ct);

    /// <summary>Takes the reaction back; taking back one never given is fine.</summary>
    public async Task<Outcome> RemoveReactionAsync(Caller caller, Guid checkInId, ReactionKind? kind, CancellationToken ct)
    {
        var outcome = await ReactAsync(caller, checkInId, kind, add: false, ct);
        return outcome.Succeeded ? Outcome.NoContent : new Outcome(outcome.Kind, outcome.Errors);
    }

    private async Task<Outcome<ReactionSummaryDto>> ReactAsync(Caller caller, Guid checkInId, ReactionKind? kind, bool? add, CancellationToken ct)
    {
        var v = new Validator().Defined("kind", kind);
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await GateAsync(db, caller, checkInId, ct);
        if (gate is not null) return gate;
        if (!v.IsValid) return v.ToOutcome();
        var existing = await db.CheckInReactions
            .FirstOrDefaultAsync(r => r.CheckInId == checkInId && r.PersonId == caller.PersonId && r.Kind == kind, ct);
        var give = add ?? existing is null;
        if (give && existing is null)
        {
            db.CheckInReactions.Add(new CheckInReaction
            {
                Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, CheckInId = checkInId,
                PersonId = caller.PersonId, Kind = kind!.Value, CreatedAt = clock.GetUtcNow(),
            });
            await CheckInNotices.AddForReactionAsync(db, caller, checkInId, kind.Value, clock.GetUtcNow(), ct);
        }
        else if (!give && existing is not null)
        {
            db.CheckInReactions.Remove(existing);
        }
        try { await db.SaveChangesAsync(ct); }
        // A double click from two tabs: the other request already gave or took back the same reaction.
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        var reactions = await CheckInSocialReads.ReactionsAsync(db, [checkInId], caller.PersonId, ct);
        return new ReactionSummaryDto(checkInId, reactions[checkInId]);
    }

    /// <summary>Not found for another organisation's check-in; forbidden for viewers.</summary>
    private static async Task<Outcome?> GateAsync(FokusDbContext db, Caller caller, Guid checkInId, CancellationToken ct) =>
        (await db.LoadAsync(caller, db.CheckIns.AsNoTracking().Where(c => c.Id == checkInId), (actor, _) => AccessRules.CanContribute(actor), ct)).Denied;
}
