using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Teams;

/// <summary>Checks a team's fields, that every id it names belongs to the organisation, and that the hierarchy stays a tree.</summary>
internal static class TeamValidation
{
    public static async Task<Validator> ValidateAsync(FokusDbContext db, Guid? selfId, SaveTeamRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Text("name", r.Name, TextLimits.Name)
            .Text("description", r.Description, TextLimits.MediumText, required: false);
        if (r.LeadPersonId is { } lead && !await db.People.AnyAsync(p => p.Id == lead, ct))
            v.Add("leadPersonId", "Validation.NotFound");
        if (r.MemberIds is { Count: > 0 } members)
        {
            var ids = members.Distinct().ToList();
            var found = await db.People.CountAsync(p => ids.Contains(p.Id), ct);
            v.Check(found == ids.Count, "memberIds", "Validation.NotFound");
        }
        if (r.ParentTeamId is { } parent)
            await ValidateParentAsync(db, selfId, parent, v, ct);
        return v;
    }

    private static Task ValidateParentAsync(FokusDbContext db, Guid? selfId, Guid parentId, Validator v, CancellationToken ct) =>
        ParentChain.ValidateAsync(selfId, parentId, async id =>
        {
            var row = await db.Teams.Where(t => t.Id == id)
                .Select(t => new { t.ParentTeamId }).FirstOrDefaultAsync(ct);
            return (row is not null, row?.ParentTeamId);
        }, v, "parentTeamId", "Validation.TeamCycle");
}
