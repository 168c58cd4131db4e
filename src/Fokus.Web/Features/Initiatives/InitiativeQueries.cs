using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Initiatives;

/// <summary>Reads initiatives with the key results they try to move; everyone in the organisation may read them.</summary>
internal sealed class InitiativeQueries(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<Paged<InitiativeDto>>> ListAsync(Caller caller, InitiativeFilter f, CancellationToken ct)
    {
        var page = PageRequest.Of(f.Page, f.PageSize);
        await using var db = await dbs.OpenAsync(caller, ct);
        var query = db.Initiatives.AsNoTracking();
        if (f.KeyResultId is { } kr) query = query.Where(i => i.KeyResults.Any(l => l.KeyResultId == kr));
        if (f.OwnerPersonId is { } owner) query = query.Where(i => i.OwnerPersonId == owner);
        if (f.Status is { } status) query = query.Where(i => i.Status == status);
        if (f.TeamId is { } team)
            query = query.Where(i => i.TeamId == team || i.KeyResults.Any(l => db.KeyResults.Any(k => k.Id == l.KeyResultId
                && db.Objectives.Any(o => o.Id == k.ObjectiveId && o.OwnerTeamId == team))));

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(i => i.DueDate == null).ThenBy(i => i.DueDate).ThenBy(i => i.Title).ThenBy(i => i.Id)
            .Skip(page.Skip).Take(page.PageSize).Include(i => i.KeyResults).AsSplitQuery().ToListAsync(ct);
        var owners = await OwnerNamesAsync(db, items, ct);
        return new Paged<InitiativeDto>(items.Select(i => InitiativeDto.From(i, Owner(owners, i))).ToList(), page.Page, page.PageSize, total);
    }

    /// <summary>The initiatives that try to move any of these key results (a team's or a person's), and a team's own.</summary>
    public async Task<IReadOnlyList<InitiativeDto>> ForKeyResultsAsync(Caller caller, IReadOnlyCollection<Guid> keyResultIds, CancellationToken ct,
        Guid? teamId = null)
    {
        if (keyResultIds.Count == 0 && teamId is null) return [];
        await using var db = await dbs.OpenAsync(caller, ct);
        var items = await db.Initiatives.AsNoTracking().Include(i => i.KeyResults)
            .Where(i => (teamId != null && i.TeamId == teamId) || i.KeyResults.Any(l => keyResultIds.Contains(l.KeyResultId)))
            .OrderBy(i => i.DueDate == null).ThenBy(i => i.DueDate).ThenBy(i => i.Title).Take(200).ToListAsync(ct);
        var owners = await OwnerNamesAsync(db, items, ct);
        return items.Select(i => InitiativeDto.From(i, Owner(owners, i))).ToList();
    }

    public async Task<Outcome<InitiativeDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await LoadDtoAsync(db, caller.OrganisationId, id, ct) is { } dto ? dto : Outcome.NotFound;
    }

    public static async Task<InitiativeDto?> LoadDtoAsync(FokusDbContext db, Guid orgId, Guid id, CancellationToken ct)
    {
        var initiative = await db.Initiatives.AsNoTracking().Include(i => i.KeyResults)
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null) return null;
        var owners = await OwnerNamesAsync(db, [initiative], ct);
        return InitiativeDto.From(initiative, Owner(owners, initiative));
    }

    private static async Task<Dictionary<Guid, string>> OwnerNamesAsync(FokusDbContext db, IReadOnlyCollection<Initiative> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.OwnerPersonId).OfType<Guid>().Distinct().ToList();
        return await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    private static string? Owner(Dictionary<Guid, string> names, Initiative i) =>
        i.OwnerPersonId is { } id && names.TryGetValue(id, out var name) ? name : null;
}
