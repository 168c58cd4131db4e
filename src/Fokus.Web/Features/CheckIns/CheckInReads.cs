using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

internal sealed record CheckInTarget(KeyResult Kr, Guid? OwnerTeamId, Guid? OwnerPersonId, Guid? PeriodId, Period? Period);

internal sealed record CheckInRights(Role Role, bool LeadsOwnerTeam);

/// <summary>The check-in path's two reads: the key result with its objective and period, and the caller's rights on it.</summary>
internal static class CheckInReads
{
    public static Task<CheckInTarget?> TargetAsync(FokusDbContext db, Guid keyResultId, Guid organisationId, CancellationToken ct) =>
        (from k in db.KeyResults
         join o in db.Objectives on k.ObjectiveId equals o.Id
         from p in db.Periods.Where(p => p.Id == o.PeriodId).DefaultIfEmpty()
         where k.Id == keyResultId
         select new CheckInTarget(k, o.OwnerTeamId, o.OwnerPersonId, o.PeriodId, p))
        .FirstOrDefaultAsync(ct);

    public static Task<CheckInRights?> RightsAsync(FokusDbContext db, Guid personId, Guid organisationId, Guid? ownerTeamId, CancellationToken ct) =>
        db.People.Where(p => p.Id == personId)
            .Select(p => new CheckInRights(p.Role, db.Teams.Any(t => t.Id == ownerTeamId && t.LeadPersonId == p.Id)))
            .FirstOrDefaultAsync(ct);
}
