using Fokus.Core.Model;

namespace Fokus.Core.Rules;

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

    /// <summary>An objective is as healthy as its progress against the path and its weakest key result allows.</summary>
    public static KeyResultStatus OfObjective(double progress, double expected, IEnumerable<KeyResultStatus> keyResults, StatusThresholds thresholds)
    {
        var statuses = keyResults.ToList();
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
