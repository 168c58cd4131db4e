using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Objectives;

/// <summary>Checks an objective's fields and that every id it names belongs to the caller's organisation.</summary>
internal static class ObjectiveValidation
{
    public static async Task<Validator> ValidateAsync(FokusDbContext db, Guid? selfId, string? title, string? description,
        ObjectiveLevel? level, Guid? periodId, Guid? ownerTeamId, Guid? ownerPersonId, Guid? parentId, ObjectiveState? state, CancellationToken ct)
    {
        var v = new Validator()
            .Text("title", title, TextLimits.Title)
            .Text("description", description, TextLimits.LongText, required: false)
            .Defined("level", level)
            .Check(state is null || Enum.IsDefined(state.Value), "state", "Validation.Invalid")
            .Check(ownerTeamId is null != ownerPersonId is null, "owner", "Validation.OneOwner");
        if (level == ObjectiveLevel.Personal && ownerPersonId is null) v.Add("ownerPersonId", "Validation.PersonalNeedsPerson");
        if (level is not ObjectiveLevel.Strategic and not null && periodId is null) v.Add("periodId", "Validation.Required");

        if (periodId is { } pid)
        {
            var period = await db.Periods.Where(p => p.Id == pid).Select(p => (PeriodState?)p.State).FirstOrDefaultAsync(ct);
            if (period is null) v.Add("periodId", "Validation.NotFound");
            else if (period == PeriodState.Closed) v.Add("periodId", "Validation.PeriodClosed");
        }
        if (ownerTeamId is { } tid && !await db.Teams.AnyAsync(t => t.Id == tid, ct))
            v.Add("ownerTeamId", "Validation.NotFound");
        if (ownerPersonId is { } opid && !await db.People.AnyAsync(p => p.Id == opid, ct))
            v.Add("ownerPersonId", "Validation.NotFound");
        if (parentId is { } parent)
            await ValidateParentAsync(db, selfId, parent, v, ct);
        return v;
    }

    private static Task ValidateParentAsync(FokusDbContext db, Guid? selfId, Guid parentId, Validator v, CancellationToken ct) =>
        ParentChain.ValidateAsync(selfId, parentId, async id =>
        {
            var row = await db.Objectives.Where(o => o.Id == id)
                .Select(o => new { o.ParentObjectiveId }).FirstOrDefaultAsync(ct);
            return (row is not null, row?.ParentObjectiveId);
        }, v, "parentObjectiveId", "Validation.AlignmentCycle");
}
