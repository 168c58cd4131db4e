using Fokus.Data;
using Fokus.Web.Features.CheckIns;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Digest;

/// <summary>
/// The wins feed: check-ins that say what went well, newest first, with the same reactions and comments as the
/// key-result page (CheckInSocial*), so cheering a win here is cheering it there.
/// </summary>
internal sealed class WinsHandler(IDbContextFactory<FokusDbContext> dbs, KeyResultHandler keyResults)
{
    public async Task<Outcome<Paged<WinDto>>> ListAsync(Caller caller, Guid? teamId, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = PageRequest.Of(page, pageSize, 20);
        await using var db = await dbs.OpenAsync(caller, ct);
        if (teamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, ct)) return Outcome.NotFound;
        var wins = from c in db.CheckIns
                   join k in db.KeyResults on c.KeyResultId equals k.Id
                   join o in db.Objectives on k.ObjectiveId equals o.Id
                   where c.WentWell != "" && (teamId == null || o.OwnerTeamId == teamId)
                   select new { CheckIn = c, ObjectiveTitle = o.Title, o.OwnerTeamId };
        var total = await wins.CountAsync(ct);
        var rows = await wins.AsNoTracking().OrderByDescending(w => w.CheckIn.CreatedAt).ThenByDescending(w => w.CheckIn.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(w => new
            {
                w.CheckIn, w.ObjectiveTitle, w.OwnerTeamId,
                Author = db.People.Where(p => p.Id == w.CheckIn.AuthorPersonId).Select(p => p.Name).FirstOrDefault(),
                Team = db.Teams.Where(x => x.Id == w.OwnerTeamId).Select(x => x.Name).FirstOrDefault(),
            }).ToListAsync(ct);

        var ids = rows.Select(r => r.CheckIn.Id).ToList();
        var reactions = await CheckInSocialReads.ReactionsAsync(db, ids, caller.PersonId, ct);
        var comments = await CheckInSocialReads.CommentCountsAsync(db, ids, ct);
        var krs = new Dictionary<Guid, KeyResultDto>();
        foreach (var kr in rows.Select(r => r.CheckIn.KeyResultId).Distinct())
            if ((await keyResults.GetAsync(caller, kr, ct)).Value is { } dto) krs[kr] = dto;

        var items = rows.Where(r => krs.ContainsKey(r.CheckIn.KeyResultId)).Select(r => new WinDto(
            new CheckInEntryDto(CheckInDto.From(r.CheckIn, r.Author), reactions[r.CheckIn.Id], comments.GetValueOrDefault(r.CheckIn.Id)),
            krs[r.CheckIn.KeyResultId], r.ObjectiveTitle, r.OwnerTeamId, r.Team)).ToList();
        return new Paged<WinDto>(items, paging.Page, paging.PageSize, total);
    }
}
