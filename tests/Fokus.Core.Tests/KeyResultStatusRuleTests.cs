using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

/// <summary>Defaults: at risk when more than 0.10 behind or confidence ≤ 5; off track when more than 0.25 behind or confidence ≤ 2.</summary>
public class KeyResultStatusRuleTests
{
    private static readonly StatusThresholds Defaults = StatusThresholds.Default;

    // Gaps that are exact binary fractions, so the boundary tests are not at the mercy of rounding.
    private static readonly StatusThresholds Binary = new(AtRiskGap: 0.125, OffTrackGap: 0.375, AtRiskConfidence: 5, OffTrackConfidence: 2);

    [Theory]
    [InlineData(1.0, 1.0, 0)]
    [InlineData(1.0, 0.5, 10)]
    [InlineData(1.5, 1.0, 1)]
    public void Of_ProgressAtLeastOne_IsDoneWhateverConfidence(double progress, double expected, int confidence) =>
        Assert.Equal(KeyResultStatus.Done, KeyResultStatusRule.Of(progress, expected, confidence, Defaults));

    [Fact]
    public void Of_ProgressOneWithNullConfidence_IsDone() =>
        Assert.Equal(KeyResultStatus.Done, KeyResultStatusRule.Of(1.0, 1.0, null, Defaults));

    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(0.8, 0.5)]
    [InlineData(0.45, 0.5)]
    [InlineData(0.0, 0.0)]
    [InlineData(0.99, 1.0)]
    public void Of_OnOrNearPathWithGoodConfidence_IsOnTrack(double progress, double expected) =>
        Assert.Equal(KeyResultStatus.OnTrack, KeyResultStatusRule.Of(progress, expected, 8, Defaults));

    [Theory]
    [InlineData(0.375, 0.5)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.5, 0.75)]
    public void Of_BehindMoreThanAtRiskGap_IsAtRisk(double progress, double expected) =>
        Assert.Equal(KeyResultStatus.AtRisk, KeyResultStatusRule.Of(progress, expected, 8, Defaults));

    [Theory]
    [InlineData(0.2, 0.5)]
    [InlineData(0.0, 1.0)]
    [InlineData(0.49, 0.75)]
    public void Of_BehindMoreThanOffTrackGap_IsOffTrack(double progress, double expected) =>
        Assert.Equal(KeyResultStatus.OffTrack, KeyResultStatusRule.Of(progress, expected, 8, Defaults));

    [Theory]
    [InlineData(0, KeyResultStatus.OffTrack)]
    [InlineData(2, KeyResultStatus.OffTrack)]
    [InlineData(3, KeyResultStatus.AtRisk)]
    [InlineData(5, KeyResultStatus.AtRisk)]
    [InlineData(6, KeyResultStatus.OnTrack)]
    [InlineData(10, KeyResultStatus.OnTrack)]
    public void Of_OnPath_StatusFollowsConfidenceInclusiveOfThresholds(int confidence, KeyResultStatus expected) =>
        Assert.Equal(expected, KeyResultStatusRule.Of(0.6, 0.5, confidence, Defaults));

    [Theory]
    [InlineData(0.5, 0.5, KeyResultStatus.OnTrack)]
    [InlineData(0.3, 0.5, KeyResultStatus.AtRisk)]
    [InlineData(0.1, 0.5, KeyResultStatus.OffTrack)]
    public void Of_NullConfidence_StatusFollowsPathOnly(double progress, double expected, KeyResultStatus status) =>
        Assert.Equal(status, KeyResultStatusRule.Of(progress, expected, null, Defaults));

    [Fact]
    public void Of_BehindForAtRiskAndConfidenceForOffTrack_IsOffTrack() =>
        Assert.Equal(KeyResultStatus.OffTrack, KeyResultStatusRule.Of(0.3, 0.5, 1, Defaults));

    [Fact]
    public void Of_BehindForOffTrackWithFullConfidence_IsOffTrack() =>
        Assert.Equal(KeyResultStatus.OffTrack, KeyResultStatusRule.Of(0.1, 0.5, 10, Defaults));

    // The gap must be strictly greater than a threshold to trigger it; equal to it does not.
    [Theory]
    [InlineData(0.625, 0.75, KeyResultStatus.OnTrack)]   // behind exactly 0.125 = at-risk gap
    [InlineData(0.62, 0.75, KeyResultStatus.AtRisk)]     // just over the at-risk gap
    [InlineData(0.375, 0.75, KeyResultStatus.AtRisk)]    // behind exactly 0.375 = off-track gap
    [InlineData(0.37, 0.75, KeyResultStatus.OffTrack)]   // just over the off-track gap
    public void Of_GapExactlyAtThreshold_DoesNotTrigger(double progress, double expected, KeyResultStatus status) =>
        Assert.Equal(status, KeyResultStatusRule.Of(progress, expected, null, Binary));

    [Fact]
    public void Of_GapExactlyAtDefaultOffTrackGap_IsAtRiskNotOffTrack() =>
        Assert.Equal(KeyResultStatus.AtRisk, KeyResultStatusRule.Of(0.5, 0.75, null, Defaults));

    [Fact]
    public void Of_CustomThresholds_AreUsed()
    {
        var strict = new StatusThresholds(AtRiskGap: 0.0, OffTrackGap: 0.0, AtRiskConfidence: 9, OffTrackConfidence: 7);

        Assert.Equal(KeyResultStatus.OffTrack, KeyResultStatusRule.Of(0.49, 0.5, null, strict));
        Assert.Equal(KeyResultStatus.OffTrack, KeyResultStatusRule.Of(0.5, 0.5, 7, strict));
        Assert.Equal(KeyResultStatus.AtRisk, KeyResultStatusRule.Of(0.5, 0.5, 8, strict));
        Assert.Equal(KeyResultStatus.OnTrack, KeyResultStatusRule.Of(0.5, 0.5, 10, strict));
    }

    [Fact]
    public void Of_PeriodNotStartedWithNoProgress_IsOnTrack() =>
        Assert.Equal(KeyResultStatus.OnTrack, KeyResultStatusRule.Of(0.0, 0.0, null, Defaults));
}
