using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Web.Features.BigPicture;

internal sealed record EarlierValue(decimal? Value, bool? Done);

/// <summary>Builds the aligned tree: an objective whose parent is not in view becomes a root.</summary>
/// <param name="earlier">Per key result, its value at the start of the trend window, where it changed since.</param>
internal sealed class BigPictureTree(Organisation org, IReadOnlyDictionary<Guid, string> names, Period? period, DateOnly today,
    ILookup<Guid, KeyResult> keyResults, IReadOnlyDictionary<Guid, EarlierValue> earlier)
{
    private readonly double expectedInPeriod = period is null ? 0 : ExpectedProgress.On(today, period.StartDate, period.EndDate);

    public IReadOnlyList<BigPictureNode> Build(IReadOnlyList<Objective> objectives)
    {
        var ids = objectives.Select(o => o.Id).ToHashSet();
        var children = objectives.Where(o => o.ParentObjectiveId is { } p && ids.Contains(p) && p != o.Id)
            .ToLookup(o => o.ParentObjectiveId!.Value);
        var roots = objectives.Where(o => o.ParentObjectiveId is not { } p || !ids.Contains(p) || p == o.Id)
            .OrderBy(o => o.Level).ThenBy(o => o.SortOrder);
        var visited = new HashSet<Guid>();
        return roots.Select(o => Node(o, children, visited)).ToList();
    }

    private BigPictureNode Node(Objective o, ILookup<Guid, Objective> children, HashSet<Guid> visited)
    {
        visited.Add(o.Id);
        var childNodes = children[o.Id].Where(c => !visited.Contains(c.Id))
            .OrderBy(c => c.Level).ThenBy(c => c.SortOrder)
            .Select(c => Node(c, children, visited)).ToList();
        var inPeriod = o.PeriodId is null ? null : period;
        var assessed = keyResults[o.Id].OrderBy(k => k.SortOrder).Select(k => KeyResult(k, inPeriod)).ToList();
        var krs = assessed.Select(a => a.Node).ToList();
        double? own = krs.Count == 0 ? null : ObjectiveProgress.Of(krs.Select(k => (k.Progress, k.Weight)));
        double? ownBefore = krs.Count == 0 ? null : ObjectiveProgress.Of(krs.Select(k => (k.Progress - k.Trend, k.Weight)));
        var rollUp = org.RollUpAlignedProgress && childNodes.Count > 0;
        var progress = rollUp ? ObjectiveProgress.WithChildren(own, childNodes.Select(c => c.Progress)) : own ?? 0;
        var before = rollUp ? ObjectiveProgress.WithChildren(ownBefore, childNodes.Select(c => c.Progress - c.Trend)) : ownBefore ?? 0;
        var status = rollUp
            ? KeyResultStatusRule.OfObjective(progress, o.PeriodId is null ? 0 : expectedInPeriod, krs.Select(k => k.Status).Concat(childNodes.Select(c => c.Status).OfType<KeyResultStatus>()), org.Thresholds)
            : KeyResultStatusRule.OfObjective(assessed.Select(a => new KeyResultPosition(a.Node.Progress, a.Expected, a.Node.Weight, a.Node.Status)).ToList(), org.Thresholds);
        return new BigPictureNode(o.Id, o.Title, o.Level, o.State, o.PeriodId, o.OwnerTeamId, o.OwnerPersonId,
            Name(o.OwnerPersonId ?? o.OwnerTeamId), o.ParentObjectiveId, progress, status, krs.Count, progress - before, krs, childNodes);
    }

    private (BigPictureKeyResult Node, double Expected) KeyResult(KeyResult k, Period? inPeriod)
    {
        var progress = KeyResultProgress.Of(k);
        var before = earlier.TryGetValue(k.Id, out var e)
            ? KeyResultProgress.Of(k.Type, k.Direction, k.StartValue, k.TargetValue, e.Value ?? k.CurrentValue, e.Done ?? false)
            : progress;
        var (status, expected) = inPeriod is null
            ? (KeyResultStatusRule.Of(progress, 0, k.LastConfidence, org.Thresholds), 0)
            : KeyResultTimeline.Of(k, inPeriod, org.NewKeyResultGraceDays).Assess(progress, k.LastCheckInAt, k.LastConfidence, today, org.Thresholds);
        return (new BigPictureKeyResult(k.Id, k.Title, k.Type, k.Unit, k.CurrencyCode, k.StartValue, k.TargetValue,
            k.CurrentValue, k.Done, k.Weight, k.OwnerPersonId, Name(k.OwnerPersonId), k.LastConfidence, k.LastCheckInAt,
            progress, status, progress - before), expected);
    }

    private string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var n) ? n : null;
}
