using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>A key result as its objective's status sees it.</summary>
public readonly record struct KeyResultPosition(double Progress, double Expected, decimal Weight, KeyResultStatus Status);

/// <summary>Status from progress against the expected path and the latest confidence.</summary>
public static class KeyResultStatusRule
{
    public static KeyResultStatus Of(double progress, double expected, int? confidence, StatusThresholds thresholds)
    {
        if (progress >= 1) return KeyResultStatus.Done;
        // Rounded so that 0.5 − 0.4 counts as exactly 0.1 behind, not 0.0999….
        var behind = Math.Round(expected - progress, 9);
        if (behind > thresholds.OffTrackGap || confidence <= thresholds.OffTrackConfidence)
            return KeyResultStatus.OffTrack;
        if (behind > thresholds.AtRiskGap || confidence <= thresholds.AtRiskConfidence)
            return KeyResultStatus.AtRisk;
        return KeyResultStatus.OnTrack;
    }

    /// <summary>
    /// An objective from its own key results: none gives no status; only not-started ones give not started; otherwise the
    /// started ones decide, each measured against its own path, so a key result added today does not pull the objective down.
    /// </summary>
    public static KeyResultStatus? OfObjective(IReadOnlyCollection<KeyResultPosition> keyResults, StatusThresholds thresholds)
    {
        if (keyResults.Count == 0) return null;
        var started = keyResults.Where(k => k.Status != KeyResultStatus.NotStarted).ToList();
        if (started.Count == 0) return KeyResultStatus.NotStarted;
        // Finished ones beside ones not yet started: the objective is not done, and nothing is behind.
        if (started.Count < keyResults.Count && started.All(k => k.Status == KeyResultStatus.Done)) return KeyResultStatus.OnTrack;
        var progress = ObjectiveProgress.Of(started.Select(k => (k.Progress, k.Weight)));
        var expected = ObjectiveProgress.Of(started.Select(k => (k.Expected, k.Weight)));
        return OfObjective(progress, expected, started.Select(k => k.Status), thresholds);
    }

    /// <summary>An objective is as healthy as its progress against the path and its weakest started key result allow.</summary>
    public static KeyResultStatus OfObjective(double progress, double expected, IEnumerable<KeyResultStatus> keyResults, StatusThresholds thresholds)
    {
        var statuses = keyResults.Where(s => s != KeyResultStatus.NotStarted).ToList();
        if (statuses.Count > 0 && statuses.All(s => s == KeyResultStatus.Done)) return KeyResultStatus.Done;
        var byPath = Of(progress, expected, null, thresholds);
        if (byPath == KeyResultStatus.Done) return KeyResultStatus.Done;
        var offTrackShare = statuses.Count == 0 ? 0 : statuses.Count(s => s == KeyResultStatus.OffTrack) / (double)statuses.Count;
        if (byPath == KeyResultStatus.OffTrack || offTrackShare > 0.5) return KeyResultStatus.OffTrack;
        if (byPath == KeyResultStatus.AtRisk || statuses.Any(s => s is KeyResultStatus.OffTrack or KeyResultStatus.AtRisk))
            return KeyResultStatus.AtRisk;
        return KeyResultStatus.OnTrack;
    }
}
