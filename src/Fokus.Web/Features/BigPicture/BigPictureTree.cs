using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Web.Features.BigPicture;

internal sealed record EarlierValue(decimal? Value, bool? Done);

/// <summary>Builds the aligned tree: an objective whose parent is not in view becomes a root.</summary>
/// <param name="earlier">Per key result, its value at the start of the trend window, where it changed since.</param>
internal sealed class BigPictureTree(Organisation org, IReadOnlyDictionary<Guid, string> names, double expectedInPeriod,
    ILookup<Guid, KeyResult> keyResults, IReadOnlyDictionary<Guid, EarlierValue> earlier)
{
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
        var expected = o.PeriodId is null ? 0 : expectedInPeriod;
        var krs = keyResults[o.Id].OrderBy(k => k.SortOrder).Select(k => KeyResult(k, expected)).ToList();
        double? own = krs.Count == 0 ? null : ObjectiveProgress.Of(krs.Select(k => (k.Progress, k.Weight)));
        double? ownBefore = krs.Count == 0 ? null : ObjectiveProgress.Of(krs.Select(k => (k.Progress - k.Trend, k.Weight)));
        var rollUp = org.RollUpAlignedProgress && childNodes.Count > 0;
        var progress = rollUp ? ObjectiveProgress.WithChildren(own, childNodes.Select(c => c.Progress)) : own ?? 0;
        var before = rollUp ? ObjectiveProgress.WithChildren(ownBefore, childNodes.Select(c => c.Progress - c.Trend)) : ownBefore ?? 0;
        var status = KeyResultStatusRule.OfObjective(progress, expected, krs.Select(k => k.Status), org.Thresholds);
        return new BigPictureNode(o.Id, o.Title, o.Level, o.State, o.PeriodId, o.OwnerTeamId, o.OwnerPersonId,
            Name(o.OwnerPersonId ?? o.OwnerTeamId), o.ParentObjectiveId, progress, status, krs.Count, progress - before, krs, childNodes);
    }

    private BigPictureKeyResult KeyResult(KeyResult k, double expected)
    {
        var progress = KeyResultProgress.Of(k);
        var before = earlier.TryGetValue(k.Id, out var e)
            ? KeyResultProgress.Of(k.Type, k.Direction, k.StartValue, k.TargetValue, e.Value ?? k.CurrentValue, e.Done ?? false)
            : progress;
        return new BigPictureKeyResult(k.Id, k.Title, k.Type, k.Unit, k.CurrencyCode, k.StartValue, k.TargetValue,
            k.CurrentValue, k.Done, k.Weight, k.OwnerPersonId, Name(k.OwnerPersonId), k.LastConfidence, k.LastCheckInAt,
            progress, KeyResultStatusRule.Of(progress, expected, k.LastConfidence, org.Thresholds), progress - before);
    }

    private string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var n) ? n : null;
}
