namespace Fokus.Core.Model;

/// <summary>
/// How far behind the expected path (in progress points, 0–1) and how low the latest
/// confidence (0–10) may be before a key result counts as at risk or off track.
/// </summary>
public sealed record StatusThresholds(
    double AtRiskGap,
    double OffTrackGap,
    int AtRiskConfidence,
    int OffTrackConfidence)
{
    public static StatusThresholds Default { get; } = new(0.10, 0.25, 5, 2);

    public IEnumerable<(string Field, string Error)> Validate()
    {
        if (double.IsNaN(AtRiskGap) || AtRiskGap is < 0 or > 1) yield return (nameof(AtRiskGap), "between0And1");
        if (double.IsNaN(OffTrackGap) || OffTrackGap is < 0 or > 1) yield return (nameof(OffTrackGap), "between0And1");
        if (OffTrackGap < AtRiskGap) yield return (nameof(OffTrackGap), "offTrackGapBelowAtRiskGap");
        if (AtRiskConfidence is < 0 or > 10) yield return (nameof(AtRiskConfidence), "between0And10");
        if (OffTrackConfidence is < 0 or > 10) yield return (nameof(OffTrackConfidence), "between0And10");
        if (OffTrackConfidence > AtRiskConfidence) yield return (nameof(OffTrackConfidence), "offTrackConfidenceAboveAtRisk");
    }
}
