using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.People;

/// <summary>Reads the people of the organisation; everyone in it may read everyone.</summary>
internal sealed class PeopleQueries(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<Paged<PersonDto>>> ListAsync(Caller caller, PeopleFilter f, CancellationToken ct)
    {
        var page = PageRequest.Of(f.Page, f.PageSize);
        await using var db = await dbs.OpenAsync(caller, ct);
        var query = db.People.AsNoTracking();
        if (f.TeamId is { } team) query = query.Where(p => db.TeamMembers.Any(m => m.PersonId == p.Id && m.TeamId == team));
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var term = f.Search.Trim().ToLowerInvariant();
            query = query.Where(p => p.Name.ToLower().Contains(term) || p.Email.ToLower().Contains(term));
        }
        var total = await query.CountAsync(ct);
        var people = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var teams = await TeamIdsAsync(db, people.Select(p => p.Id).ToList(), ct);
        return new Paged<PersonDto>(people.Select(p => PersonDto.From(p, teams[p.Id].ToList())).ToList(), page.Page, page.PageSize, total);
    }

    /// <summary>Everyone in the organisation, read a page at a time (settings lists and pickers).</summary>
    public async Task<IReadOnlyList<PersonDto>> AllAsync(Caller caller, CancellationToken ct)
    {
        var all = new List<PersonDto>();
        for (var page = 1; page <= PageRequest.MaxPage; page++)
        {
            var batch = (await ListAsync(caller, new PeopleFilter(null, null, page, PageRequest.MaxPageSize), ct)).Value;
            all.AddRange(batch?.Items ?? []);
            if (batch is null || batch.Items.Count == 0 || all.Count >= batch.Total) break;
        }
        return all;
    }

    public async Task<Outcome<PersonDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await LoadDtoAsync(db, caller.OrganisationId, id, ct) is { } dto ? dto : Outcome.NotFound;
    }

    public static async Task<PersonDto?> LoadDtoAsync(FokusDbContext db, Guid orgId, Guid id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return null;
        var teams = await TeamIdsAsync(db, [person.Id], ct);
        return PersonDto.From(person, teams[person.Id].ToList());
    }

    public static async Task<ILookup<Guid, Guid>> TeamIdsAsync(FokusDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var rows = await db.TeamMembers.AsNoTracking().Where(m => personIds.Contains(m.PersonId)).OrderBy(m => m.TeamId).ToListAsync(ct);
        return rows.ToLookup(m => m.PersonId, m => m.TeamId);
    }

    public static Task<bool> HasOtherAdminAsync(FokusDbContext db, Guid orgId, Guid personId, CancellationToken ct) =>
        db.People.AnyAsync(p => p.Role == Role.Admin && p.Id != personId, ct);
}
