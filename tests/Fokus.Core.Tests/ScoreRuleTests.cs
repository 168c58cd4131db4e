using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class ScoreRuleTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.04, 0.0)]
    [InlineData(0.05, 0.1)]
    [InlineData(0.25, 0.3)]
    [InlineData(0.35, 0.4)]
    [InlineData(0.64, 0.6)]
    [InlineData(0.65, 0.7)]
    [InlineData(0.66, 0.7)]
    [InlineData(0.7, 0.7)]
    [InlineData(0.94, 0.9)]
    [InlineData(0.95, 1.0)]
    [InlineData(1.0, 1.0)]
    public void Suggest_ProgressInRange_RoundsToOneDecimalHalfAwayFromZero(double progress, double expected) =>
        Assert.Equal((decimal)expected, ScoreRule.Suggest(progress));

    [Fact]
    public void Suggest_ProgressFromKeyResultFraction_RoundsUpAtMidpoint() =>
        // 13 of 20 = 0.65 → 0.7, whatever binary rounding the double carries.
        Assert.Equal(0.7m, ScoreRule.Suggest((double)(13m / 20m)));

    [Theory]
    [InlineData(1.01)]
    [InlineData(1.5)]
    [InlineData(42.0)]
    [InlineData(double.PositiveInfinity)]
    public void Suggest_AboveOne_ClampsToOne(double progress) =>
        Assert.Equal(1.0m, ScoreRule.Suggest(progress));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-0.5)]
    [InlineData(-3.0)]
    [InlineData(double.NegativeInfinity)]
    public void Suggest_Negative_ClampsToZero(double progress) =>
        Assert.Equal(0.0m, ScoreRule.Suggest(progress));

    [Fact]
    public void Suggest_Result_HasOneDecimalPlace() =>
        Assert.Equal(1, ScoreRule.Suggest(0.333333).Scale);

    [Fact]
    public void SuccessThreshold_IsPointSeven() =>
        Assert.Equal(0.7m, ScoreRule.SuccessThreshold);

    [Theory]
    [InlineData(0.7, true)]
    [InlineData(0.8, true)]
    [InlineData(1.0, true)]
    [InlineData(0.69, false)]
    [InlineData(0.6, false)]
    [InlineData(0.0, false)]
    public void IsSuccess_AtOrAboveSevenTenths_IsTrue(double score, bool expected) =>
        Assert.Equal(expected, ScoreRule.IsSuccess((decimal)score));

    [Fact]
    public void IsSuccess_SuggestedFromMidpointBelowSuccess_IsTrue() =>
        Assert.True(ScoreRule.IsSuccess(ScoreRule.Suggest(0.65)));

    [Fact]
    public void IsSuccess_SuggestedFromJustBelowMidpoint_IsFalse() =>
        Assert.False(ScoreRule.IsSuccess(ScoreRule.Suggest(0.64)));
}
