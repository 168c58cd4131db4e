using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

internal sealed class CheckInQueries(IDbContextFactory<FokusDbContext> dbs)
{
    /// <summary>The full history, newest first, paged.</summary>
    public async Task<Outcome<Paged<CheckInDto>>> ListAsync(Caller caller, Guid keyResultId, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = PageRequest.Of(page, pageSize, 20);
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await db.KeyResults.AnyAsync(k => k.Id == keyResultId, ct))
            return Outcome.NotFound;
        var query = db.CheckIns.AsNoTracking().Where(c => c.KeyResultId == keyResultId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .GroupJoin(db.People, c => c.AuthorPersonId, p => p.Id, (c, people) => new { c, people })
            .SelectMany(x => x.people.DefaultIfEmpty(), (x, p) => new { x.c, Author = p == null ? null : p.Name })
            .ToListAsync(ct);
        return new Paged<CheckInDto>(rows.Select(r => CheckInDto.From(r.c, r.Author)).ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>Per key result, the confidence of its latest check-ins, oldest first: the trend a team page shows.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<int>>> ConfidenceTrendsAsync(Caller caller, IReadOnlyCollection<Guid> keyResultIds,
        int latest, CancellationToken ct)
    {
        if (keyResultIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<int>>();
        await using var db = await dbs.OpenAsync(caller, ct);
        var rows = await db.CheckIns.Where(c => keyResultIds.Contains(c.KeyResultId))
            .Select(c => new { c.KeyResultId, c.Confidence, c.CreatedAt }).ToListAsync(ct);
        return rows.GroupBy(r => r.KeyResultId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<int>)g.OrderByDescending(r => r.CreatedAt).Take(latest).Reverse().Select(r => r.Confidence).ToList());
    }

    public async Task<Outcome<CheckInDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var row = await db.CheckIns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c, Author = db.People.Where(p => p.Id == c.AuthorPersonId).Select(p => p.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return row is null ? Outcome.NotFound : CheckInDto.From(row.c, row.Author);
    }
}
