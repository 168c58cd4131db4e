using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

internal sealed record CheckInTarget(KeyResult Kr, Guid? OwnerTeamId, Guid? OwnerPersonId, Guid? PeriodId, Period? Period);

internal sealed record CheckInRights(Role Role, bool LeadsOwnerTeam);

/// <summary>
/// The check-in path's two reads, compiled once: the profile showed EF's per-call query
/// preparation costing more than SQLite's own work.
/// </summary>
internal static class CheckInQueriesCompiled
{
    public static readonly Func<FokusDbContext, Guid, Guid, CancellationToken, Task<CheckInTarget?>> Target =
        EF.CompileAsyncQuery((FokusDbContext db, Guid keyResultId, Guid organisationId, CancellationToken ct) =>
            (from k in db.KeyResults
             join o in db.Objectives on k.ObjectiveId equals o.Id
             from p in db.Periods.Where(p => p.Id == o.PeriodId).DefaultIfEmpty()
             where k.Id == keyResultId && k.OrganisationId == organisationId
             select new CheckInTarget(k, o.OwnerTeamId, o.OwnerPersonId, o.PeriodId, p))
            .FirstOrDefault());

    public static readonly Func<FokusDbContext, Guid, Guid, Guid?, CancellationToken, Task<CheckInRights?>> Rights =
        EF.CompileAsyncQuery((FokusDbContext db, Guid personId, Guid organisationId, Guid? ownerTeamId, CancellationToken ct) =>
            db.People.Where(p => p.Id == personId && p.OrganisationId == organisationId)
                .Select(p => new CheckInRights(p.Role, db.Teams.Any(t => t.Id == ownerTeamId && t.LeadPersonId == p.Id)))
                .FirstOrDefault());
}
