using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Digest;

/// <summary>Reads stored digests; everyone in the organisation, viewers too, reads them.</summary>
internal sealed class DigestHandler(IDbContextFactory<FokusDbContext> dbs)
{
    /// <summary>A team's digests, or the organisation's own when teamId is null; newest first.</summary>
    public async Task<Outcome<Paged<DigestSummaryDto>>> ListAsync(Caller caller, Guid? teamId, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = PageRequest.Of(page, pageSize, 20);
        await using var db = await dbs.OpenAsync(caller, ct);
        if (teamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, ct)) return Outcome.NotFound;
        var rows = db.Digests.AsNoTracking().Where(d => d.TeamId == teamId);
        var total = await rows.CountAsync(ct);
        var list = await rows.OrderByDescending(d => d.ToDate).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var name = await ScopeNameAsync(db, caller.OrganisationId, teamId, ct);
        var items = list.Select(d =>
        {
            var c = DigestComposer.Deserialize(d.Content);
            return new DigestSummaryDto(d.Id, d.TeamId, name, d.FromDate, d.ToDate, d.CreatedAt, c.Wins.Count, c.NeedsAttention.Count);
        }).ToList();
        return new Paged<DigestSummaryDto>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<Outcome<DigestDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var d = await db.Digests.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (d is null) return Outcome.NotFound;
        return new DigestDto(d.Id, d.TeamId, await ScopeNameAsync(db, caller.OrganisationId, d.TeamId, ct), d.FromDate, d.ToDate, d.CreatedAt,
            DigestComposer.Deserialize(d.Content));
    }

    private static async Task<string> ScopeNameAsync(FokusDbContext db, Guid orgId, Guid? teamId, CancellationToken ct) =>
        teamId is { } t
            ? await db.Teams.Where(x => x.Id == t).Select(x => x.Name).FirstAsync(ct)
            : await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).FirstAsync(ct);
}
