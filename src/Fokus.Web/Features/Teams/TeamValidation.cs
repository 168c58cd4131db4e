using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Teams;

/// <summary>Checks a team's fields, that every id it names belongs to the organisation, and that the hierarchy stays a tree.</summary>
internal static class TeamValidation
{
    public static async Task<Validator> ValidateAsync(FokusDbContext db, Guid orgId, Guid? selfId, SaveTeamRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Text("name", r.Name, 200)
            .Text("description", r.Description, 2000, required: false);
        if (r.LeadPersonId is { } lead && !await db.People.AnyAsync(p => p.Id == lead && p.OrganisationId == orgId, ct))
            v.Add("leadPersonId", "Validation.NotFound");
        if (r.MemberIds is { Count: > 0 } members)
        {
            var ids = members.Distinct().ToList();
            var found = await db.People.CountAsync(p => ids.Contains(p.Id) && p.OrganisationId == orgId, ct);
            v.Check(found == ids.Count, "memberIds", "Validation.NotFound");
        }
        if (r.ParentTeamId is { } parent)
            await ValidateParentAsync(db, orgId, selfId, parent, v, ct);
        return v;
    }

    /// <summary>Following parents upwards from the new parent must never reach the team itself.</summary>
    private static async Task ValidateParentAsync(FokusDbContext db, Guid orgId, Guid? selfId, Guid parentId, Validator v, CancellationToken ct)
    {
        Guid? cursor = parentId;
        var seen = new HashSet<Guid>();
        while (cursor is { } id)
        {
            if (id == selfId || !seen.Add(id)) { v.Add("parentTeamId", "Validation.TeamCycle"); return; }
            var next = await db.Teams.Where(t => t.Id == id && t.OrganisationId == orgId)
                .Select(t => new { t.ParentTeamId }).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                if (id == parentId) v.Add("parentTeamId", "Validation.NotFound");
                return;
            }
            cursor = next.ParentTeamId;
        }
    }
}
