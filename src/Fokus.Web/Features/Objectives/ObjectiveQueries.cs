using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Objectives;

/// <summary>Reads objectives with their key results; everyone in the organisation may read everything.</summary>
internal sealed class ObjectiveQueries(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<Paged<ObjectiveDto>>> ListAsync(Caller caller, ObjectiveFilter f, CancellationToken ct)
    {
        var page = PageRequest.Of(f.Page, f.PageSize);
        await using var db = await dbs.OpenAsync(caller, ct);
        var query = db.Objectives.AsNoTracking();
        if (f.PeriodId is { } period) query = query.Where(o => o.PeriodId == period);
        if (f.TeamId is { } team) query = query.Where(o => o.OwnerTeamId == team);
        if (f.OwnerPersonId is { } person) query = query.Where(o => o.OwnerPersonId == person);
        if (f.Level is { } level) query = query.Where(o => o.Level == level);
        if (f.State is { } state) query = query.Where(o => o.State == state);

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(o => o.Level).ThenBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Skip(page.Skip).Take(page.PageSize).Include(o => o.KeyResults).AsSplitQuery().ToListAsync(ct);
        var projection = await OkrProjection.LoadAsync(db, caller.OrganisationId, clock, items, ct);
        return new Paged<ObjectiveDto>(items.Select(projection.Objective).ToList(), page.Page, page.PageSize, total);
    }

    /// <summary>Objectives to align to, found by title: strategic and company ones first.</summary>
    public async Task<IReadOnlyList<ObjectiveOption>> SearchAsync(Caller caller, string? text, Guid? excludeId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var query = db.Objectives.Where(o => o.State != ObjectiveState.Archived && o.Id != excludeId);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim().ToLower();
            query = query.Where(o => o.Title.ToLower().Contains(term));
        }
        return await query.OrderBy(o => o.Level).ThenBy(o => o.Title).Take(20)
            .Select(o => new ObjectiveOption(o.Id, o.Title, o.Level,
                db.Teams.Where(t => t.Id == o.OwnerTeamId).Select(t => t.Name).FirstOrDefault()
                ?? db.People.Where(p => p.Id == o.OwnerPersonId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public async Task<Outcome<ObjectiveDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await LoadDtoAsync(db, caller.OrganisationId, id, clock, ct) is { } dto ? dto : Outcome.NotFound;
    }

    public static async Task<ObjectiveDto?> LoadDtoAsync(FokusDbContext db, Guid orgId, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var objective = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (objective is null) return null;
        var projection = await OkrProjection.LoadAsync(db, orgId, clock, [objective], ct);
        return projection.Objective(objective);
    }
}
