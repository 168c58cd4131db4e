using Fokus.Core.Model;

namespace Fokus.Core.Tests;

public class StatusThresholdsTests
{
    [Fact]
    public void Default_HasDocumentedValues() =>
        Assert.Equal(new StatusThresholds(0.10, 0.25, 5, 2), StatusThresholds.Default);

    [Fact]
    public void Validate_Default_HasNoErrors() =>
        Assert.Empty(StatusThresholds.Default.Validate());

    [Theory]
    [InlineData(0.0, 0.0, 0, 0)]
    [InlineData(1.0, 1.0, 10, 10)]
    [InlineData(0.2, 0.2, 4, 4)]
    [InlineData(0.0, 1.0, 10, 0)]
    public void Validate_BoundaryAndEqualValues_HasNoErrors(double atRiskGap, double offTrackGap, int atRiskConfidence, int offTrackConfidence) =>
        Assert.Empty(new StatusThresholds(atRiskGap, offTrackGap, atRiskConfidence, offTrackConfidence).Validate());

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Validate_AtRiskGapOutOfRange_ReportsAtRiskGap(double gap)
    {
        var errors = new StatusThresholds(gap, 1.0, 5, 2).Validate().ToList();

        Assert.Contains((nameof(StatusThresholds.AtRiskGap), "between0And1"), errors);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(2.0)]
    public void Validate_OffTrackGapOutOfRange_ReportsOffTrackGap(double gap)
    {
        var errors = new StatusThresholds(0.0, gap, 5, 2).Validate().ToList();

        Assert.Contains((nameof(StatusThresholds.OffTrackGap), "between0And1"), errors);
    }

    [Fact]
    public void Validate_OffTrackGapBelowAtRiskGap_ReportsOnlyThat()
    {
        var error = Assert.Single(new StatusThresholds(0.3, 0.2, 5, 2).Validate());

        Assert.Equal((nameof(StatusThresholds.OffTrackGap), "offTrackGapBelowAtRiskGap"), error);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_AtRiskConfidenceOutOfRange_ReportsAtRiskConfidence(int confidence)
    {
        var errors = new StatusThresholds(0.1, 0.25, confidence, 0).Validate().ToList();

        Assert.Contains((nameof(StatusThresholds.AtRiskConfidence), "between0And10"), errors);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_OffTrackConfidenceOutOfRange_ReportsOffTrackConfidence(int confidence)
    {
        var errors = new StatusThresholds(0.1, 0.25, 10, confidence).Validate().ToList();

        Assert.Contains((nameof(StatusThresholds.OffTrackConfidence), "between0And10"), errors);
    }

    [Fact]
    public void Validate_OffTrackConfidenceAboveAtRisk_ReportsOnlyThat()
    {
        var error = Assert.Single(new StatusThresholds(0.1, 0.25, 3, 4).Validate());

        Assert.Equal((nameof(StatusThresholds.OffTrackConfidence), "offTrackConfidenceAboveAtRisk"), error);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblem()
    {
        (string Field, string Error)[] expected =
        [
            ("AtRiskGap", "between0And1"),
            ("OffTrackGap", "between0And1"),
            ("OffTrackGap", "offTrackGapBelowAtRiskGap"),
            ("AtRiskConfidence", "between0And10"),
            ("OffTrackConfidence", "between0And10"),
            ("OffTrackConfidence", "offTrackConfidenceAboveAtRisk"),
        ];

        Assert.Equal(expected, new StatusThresholds(1.5, -0.5, 11, 12).Validate());
    }
}
