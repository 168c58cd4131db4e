using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.CheckIns;
using Fokus.Web.Features.Initiatives;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.MyFocus;

public sealed record FocusKeyResult(KeyResultDto KeyResult, string ObjectiveTitle, Guid? ObjectiveOwnerTeamId, Guid? ObjectiveOwnerPersonId,
    DateOnly NextDue, bool Due, IReadOnlyList<int> Confidences, DateOnly CountsFrom);

public sealed record MyFocusDto(PeriodDto? Period, DateOnly Today, IReadOnlyList<FocusKeyResult> KeyResults, IReadOnlyList<InitiativeDto> Initiatives);

/// <summary>The key results and initiatives a person owns in a period, the check-ins that fall due first on top.</summary>
internal sealed class MyFocusHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, KeyResultHandler keyResults,
    InitiativeQueries initiatives, CheckInQueries checkIns)
{
    public async Task<MyFocusDto> LoadAsync(Caller caller, Guid? periodId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await dbs.OpenAsync(caller, ct);
        var weekday = await db.Organisations.Where(o => o.Id == caller.OrganisationId).Select(o => o.CheckInWeekday).FirstAsync(ct);
        var period = periodId is { } pid
            ? await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct)
            : await PeriodHandler.CurrentAsync(db, caller.OrganisationId, clock, ct);
        var mine = period is null ? []
            : (await keyResults.ListAsync(caller, new KeyResultFilter(null, caller.PersonId, period.Id, 1, PageRequest.MaxPageSize), ct)).Value?.Items ?? [];
        var objectiveIds = mine.Select(k => k.ObjectiveId).Distinct().ToList();
        var objectives = await db.Objectives.Where(o => objectiveIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, o.OwnerTeamId, o.OwnerPersonId }).ToDictionaryAsync(o => o.Id, ct);

        var confidences = await checkIns.ConfidenceTrendsAsync(caller, mine.Select(k => k.Id).ToList(), 8, ct);
        var start = period?.StartDate ?? today;
        var focus = mine.Where(k => objectives.ContainsKey(k.ObjectiveId)).Select(k =>
        {
            var o = objectives[k.ObjectiveId];
            var last = k.LastCheckInAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            var from = k.CheckInsCountFrom ?? start;
            var next = CheckInSchedule.NextDue(last, weekday, from);
            return new FocusKeyResult(k, o.Title, o.OwnerTeamId, o.OwnerPersonId, next, next <= today && period?.State != Fokus.Core.Model.PeriodState.Closed, confidences.GetValueOrDefault(k.Id) ?? [], from);
        }).OrderBy(f => f.NextDue).ThenBy(f => f.KeyResult.Progress).ToList();

        var owned = (await initiatives.ListAsync(caller, new InitiativeFilter(null, caller.PersonId, null, 1, 100), ct)).Value?.Items ?? [];
        return new MyFocusDto(period is null ? null : PeriodDto.From(period), today, focus,
            owned.Where(i => i.Status is not (Fokus.Core.Model.InitiativeStatus.Done or Fokus.Core.Model.InitiativeStatus.Stopped)).ToList());
    }
}
