using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

/// <summary>Reads comments and reactions; everyone in the organisation, viewers too, may read them.</summary>
internal sealed class CheckInSocialQueries(IDbContextFactory<FokusDbContext> dbs, CheckInQueries checkIns)
{
    private const int MaxComments = 500;

    /// <summary>The comments of a check-in, oldest first.</summary>
    public async Task<Outcome<IReadOnlyList<CheckInCommentDto>>> CommentsAsync(Caller caller, Guid checkInId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await CheckInSocialReads.CheckInExistsAsync(db, checkInId, caller.OrganisationId, ct)) return Outcome.NotFound;
        var rows = await db.CheckInComments.AsNoTracking().Where(c => c.CheckInId == checkInId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(MaxComments)
            .Select(c => new CheckInCommentDto(c.Id, c.CheckInId, c.AuthorPersonId,
                db.People.Where(p => p.Id == c.AuthorPersonId).Select(p => p.Name).FirstOrDefault(), c.Text, c.CreatedAt))
            .ToListAsync(ct);
        return rows;
    }

    public async Task<Outcome<ReactionSummaryDto>> ReactionsAsync(Caller caller, Guid checkInId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await CheckInSocialReads.CheckInExistsAsync(db, checkInId, caller.OrganisationId, ct)) return Outcome.NotFound;
        var reactions = await CheckInSocialReads.ReactionsAsync(db, [checkInId], caller.PersonId, ct);
        return new ReactionSummaryDto(checkInId, reactions[checkInId]);
    }

    /// <summary>A key result's check-ins, newest first, each with its reactions and comment count.</summary>
    public async Task<Outcome<Paged<CheckInEntryDto>>> HistoryAsync(Caller caller, Guid keyResultId, int? page, int? pageSize, CancellationToken ct)
    {
        var list = await checkIns.ListAsync(caller, keyResultId, page, pageSize, ct);
        if (!list.Succeeded || list.Value is not { } paged) return new Outcome<Paged<CheckInEntryDto>>(list.Kind);
        var ids = paged.Items.Select(c => c.Id).ToList();
        await using var db = await dbs.OpenAsync(caller, ct);
        var reactions = await CheckInSocialReads.ReactionsAsync(db, ids, caller.PersonId, ct);
        var comments = await CheckInSocialReads.CommentCountsAsync(db, ids, ct);
        var entries = paged.Items.Select(c => new CheckInEntryDto(c, reactions[c.Id], comments.GetValueOrDefault(c.Id))).ToList();
        return new Paged<CheckInEntryDto>(entries, paged.Page, paged.PageSize, paged.Total);
    }
}
