using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Objectives;

/// <summary>
/// Turns objectives and key results into DTOs with progress, expected progress and status,
/// from the period dates, today's date and the organisation's thresholds.
/// </summary>
internal sealed class OkrProjection(DateOnly today, StatusThresholds thresholds, int graceDays,
    IReadOnlyDictionary<Guid, Period> periods, IReadOnlyDictionary<Guid, string> names)
{
    public static Task<OkrProjection> LoadAsync(FokusDbContext db, Guid organisationId, TimeProvider clock,
        IEnumerable<Objective> objectives, CancellationToken ct)
    {
        var list = objectives as IReadOnlyCollection<Objective> ?? objectives.ToList();
        var people = list.Select(o => o.OwnerPersonId).Concat(list.SelectMany(o => o.KeyResults.Select(k => k.OwnerPersonId)));
        return LoadAsync(db, organisationId, clock, people, list.Select(o => o.OwnerTeamId), ct);
    }

    /// <summary>For key results shown without their objective: only their owners need names.</summary>
    public static Task<OkrProjection> LoadAsync(FokusDbContext db, Guid organisationId, TimeProvider clock,
        IEnumerable<KeyResult> keyResults, CancellationToken ct) =>
        LoadAsync(db, organisationId, clock, keyResults.Select(k => k.OwnerPersonId), [], ct);

    private static async Task<OkrProjection> LoadAsync(FokusDbContext db, Guid organisationId, TimeProvider clock,
        IEnumerable<Guid?> people, IEnumerable<Guid?> teams, CancellationToken ct)
    {
        var org = await db.Organisations.Where(o => o.Id == organisationId)
            .Select(o => new { o.Thresholds, o.NewKeyResultGraceDays }).FirstAsync(ct);
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var personIds = people.OfType<Guid>().Distinct().ToList();
        var teamIds = teams.OfType<Guid>().Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var p in await db.People.Where(p => personIds.Contains(p.Id))
                     .Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            names[p.Id] = p.Name;
        if (teamIds.Count > 0)
            foreach (var t in await db.Teams.Where(t => teamIds.Contains(t.Id))
                         .Select(t => new { t.Id, t.Name }).ToListAsync(ct))
                names[t.Id] = t.Name;
        return new OkrProjection(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), org.Thresholds, org.NewKeyResultGraceDays,
            periods, names);
    }

    public double Expected(Guid? periodId) =>
        periodId is { } id && periods.TryGetValue(id, out var p) ? ExpectedProgress.On(today, p.StartDate, p.EndDate) : 0;

    public KeyResultDto KeyResult(KeyResult k, Guid? periodId)
    {
        var progress = KeyResultProgress.Of(k);
        KeyResultTimeline? timeline = periodId is { } id && periods.TryGetValue(id, out var p) ? KeyResultTimeline.Of(k, p, graceDays) : null;
        var (status, expected) = timeline is { } t
            ? t.Assess(progress, k.LastCheckInAt, k.LastConfidence, today, thresholds)
            : (KeyResultStatusRule.Of(progress, 0, k.LastConfidence, thresholds), 0);
        return new KeyResultDto(k.Id, k.ObjectiveId, k.Title, k.Description, k.OwnerPersonId, Name(k.OwnerPersonId),
            k.Type, k.Unit, k.CurrencyCode, k.StartValue, k.TargetValue, k.CurrentValue, k.Done, k.Direction, k.Weight,
            k.SortOrder, k.Version, k.LastCheckInAt, k.LastConfidence, k.Score,
            progress, expected, status, k.CreatedAt, timeline?.PathStart) { UnboundedPercent = k.UnboundedPercent };
    }

    public ObjectiveDto Objective(Objective o)
    {
        var krs = o.KeyResults.OrderBy(k => k.SortOrder).ThenBy(k => k.Id).Select(k => KeyResult(k, o.PeriodId)).ToList();
        var progress = ObjectiveProgress.Of(krs.Select(k => (k.Progress, k.Weight)));
        var expected = Expected(o.PeriodId);
        var status = KeyResultStatusRule.OfObjective(
            krs.Select(k => new KeyResultPosition(k.Progress, k.ExpectedProgress, k.Weight, k.Status)).ToList(), thresholds);
        return new ObjectiveDto(o.Id, o.PeriodId, o.Title, o.Description, o.Level, o.OwnerTeamId, o.OwnerPersonId,
            Name(o.OwnerPersonId ?? o.OwnerTeamId), o.ParentObjectiveId, o.State, o.SortOrder, o.Version,
            o.CreatedAt, o.UpdatedAt, progress, expected, status, krs);
    }

    private string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var n) ? n : null;
}
