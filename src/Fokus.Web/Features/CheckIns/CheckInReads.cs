using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

internal sealed record CheckInTarget(KeyResult Kr, Guid? OwnerTeamId, Guid? OwnerPersonId, Guid? PeriodId, Period? Period);

/// <summary>The check-in path's read: the key result (tracked) with its objective's owners and its period, in one query.</summary>
internal static class CheckInReads
{
    public static IQueryable<CheckInTarget> Target(FokusDbContext db, Guid keyResultId) =>
        from k in db.KeyResults
        join o in db.Objectives on k.ObjectiveId equals o.Id
        from p in db.Periods.Where(p => p.Id == o.PeriodId).DefaultIfEmpty()
        where k.Id == keyResultId
        select new CheckInTarget(k, o.OwnerTeamId, o.OwnerPersonId, o.PeriodId, p);
}
