using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Teams;

/// <summary>The organisation's team tree; everyone reads it, only admins change it.</summary>
internal sealed class TeamHandler(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<Paged<TeamDto>>> ListAsync(Caller caller, TeamFilter f, CancellationToken ct)
    {
        var page = PageRequest.Of(f.Page, f.PageSize);
        await using var db = await dbs.OpenAsync(caller, ct);
        var query = db.Teams.AsNoTracking();
        if (f.ParentTeamId is { } parent) query = query.Where(t => t.ParentTeamId == parent);
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var term = f.Search.Trim().ToLowerInvariant();
            query = query.Where(t => t.Name.ToLower().Contains(term));
        }
        var total = await query.CountAsync(ct);
        var teams = await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(page.Skip).Take(page.PageSize)
            .Include(t => t.Members).AsSplitQuery().ToListAsync(ct);
        var leads = await LeadNamesAsync(db, teams, ct);
        return new Paged<TeamDto>(teams.Select(t => TeamDto.From(t, Lead(leads, t))).ToList(), page.Page, page.PageSize, total);
    }

    /// <summary>Every team of the organisation, read a page at a time (settings trees and pickers).</summary>
    public async Task<IReadOnlyList<TeamDto>> AllAsync(Caller caller, CancellationToken ct)
    {
        var all = new List<TeamDto>();
        for (var page = 1; page <= PageRequest.MaxPage; page++)
        {
            var batch = (await ListAsync(caller, new TeamFilter(null, null, page, PageRequest.MaxPageSize), ct)).Value;
            all.AddRange(batch?.Items ?? []);
            if (batch is null || batch.Items.Count == 0 || all.Count >= batch.Total) break;
        }
        return all;
    }

    public async Task<Outcome<TeamDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return await LoadDtoAsync(db, caller.OrganisationId, id, ct) is { } dto ? dto : Outcome.NotFound;
    }

    public async Task<Outcome<TeamDto>> CreateAsync(Caller caller, SaveTeamRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var v = await TeamValidation.ValidateAsync(db, null, r, ct);
        if (!v.IsValid) return v.ToOutcome();

        var team = new Team { Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, Name = "" };
        Apply(team, r);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return Outcome.Created((await LoadDtoAsync(db, caller.OrganisationId, team.Id, ct))!);
    }

    public async Task<Outcome<TeamDto>> UpdateAsync(Caller caller, Guid id, SaveTeamRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var v = await TeamValidation.ValidateAsync(db, id, r, ct);
        if (!v.IsValid) return v.ToOutcome();

        Apply(team, r);
        await db.SaveChangesAsync(ct);
        return (await LoadDtoAsync(db, caller.OrganisationId, id, ct))!;
    }

    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        if (await db.Objectives.AnyAsync(o => o.OwnerTeamId == id, ct) || await db.Teams.AnyAsync(t => t.ParentTeamId == id, ct))
            return Outcome.Invalid("id", SharedText.Get("Validation.TeamInUse"));
        db.Teams.Remove(team);
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }

    private static void Apply(Team team, SaveTeamRequest r)
    {
        team.Name = r.Name!.Trim();
        team.Description = r.Description?.Trim() ?? "";
        team.ParentTeamId = r.ParentTeamId;
        team.LeadPersonId = r.LeadPersonId;
        var wanted = (r.MemberIds ?? team.Members.Select(m => m.PersonId)).ToHashSet();
        if (r.LeadPersonId is { } lead) wanted.Add(lead);
        team.Members.RemoveAll(m => !wanted.Contains(m.PersonId));
        foreach (var person in wanted.Where(p => team.Members.All(m => m.PersonId != p)))
            team.Members.Add(new TeamMember { OrganisationId = team.OrganisationId, TeamId = team.Id, PersonId = person });
    }

    private static async Task<TeamDto?> LoadDtoAsync(FokusDbContext db, Guid orgId, Guid id, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return null;
        var leads = await LeadNamesAsync(db, [team], ct);
        return TeamDto.From(team, Lead(leads, team));
    }

    private static async Task<Dictionary<Guid, string>> LeadNamesAsync(FokusDbContext db, IReadOnlyCollection<Team> teams, CancellationToken ct)
    {
        var ids = teams.Select(t => t.LeadPersonId).OfType<Guid>().Distinct().ToList();
        return await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    private static string? Lead(Dictionary<Guid, string> names, Team t) =>
        t.LeadPersonId is { } id && names.TryGetValue(id, out var name) ? name : null;
}
