using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public sealed class ConfidenceCalibrationTests
{
    [Fact]
    public void BrierScore_IsTheMeanSquaredErrorPerCheckIn_AndBinsCountCheckInsPerConfidence()
    {
        // Hit with 7, 8, 9: 0.09 + 0.04 + 0.01; miss with 7, 3: 0.49 + 0.09. Sum 0.72 over 5 check-ins.
        var result = ConfidenceCalibration.Of([new([7, 8, 9], Hit: true), new([7, 3], Hit: false)]);

        Assert.Equal(0.144, result.BrierScore!.Value, 9);
        Assert.Equal(5, result.CheckIns);
        Assert.Equal(2, result.KeyResults);
        Assert.Equal(Enumerable.Range(0, 11), result.Bins.Select(b => b.Confidence));
        Assert.Equal((2, 0.5), (result.Bins[7].Count, result.Bins[7].HitRate!.Value));
        Assert.Equal((1, 1.0), (result.Bins[8].Count, result.Bins[8].HitRate!.Value));
        Assert.Equal((1, 1.0), (result.Bins[9].Count, result.Bins[9].HitRate!.Value));
        Assert.Equal((1, 0.0), (result.Bins[3].Count, result.Bins[3].HitRate!.Value));
        Assert.All(result.Bins.Where(b => b.Confidence is not (3 or 7 or 8 or 9)), b => Assert.Equal((0, (double?)null), (b.Count, b.HitRate)));
    }

    [Fact]
    public void PerfectForecasts_ScoreZero_AlwaysFiveScoresAQuarter_CertainAndWrongScoresOne()
    {
        Assert.Equal(0, ConfidenceCalibration.Of([new([10, 10], true), new([0], false)]).BrierScore!.Value, 12);
        Assert.Equal(0.25, ConfidenceCalibration.Of([new([5, 5], true), new([5], false)]).BrierScore!.Value, 12);
        Assert.Equal(1, ConfidenceCalibration.Of([new([10], false), new([0], true)]).BrierScore!.Value, 12);
    }

    [Fact]
    public void NoCheckIns_HasNoScore_ButAllElevenEmptyBins()
    {
        var result = ConfidenceCalibration.Of([new([], true)]);

        Assert.Null(result.BrierScore);
        Assert.Equal((0, 0), (result.CheckIns, result.KeyResults));
        Assert.Equal(11, result.Bins.Count);
        Assert.All(result.Bins, b => Assert.Null(b.HitRate));
    }

    [Theory]
    [InlineData(0.7, 0.0, true)]   // the score decides when there is one
    [InlineData(0.6, 1.0, false)]
    [InlineData(null, 0.7, true)]  // else the final progress
    [InlineData(null, 0.69, false)]
    public void Hit_UsesTheScoreWhenScored_ElseTheProgress(double? score, double progress, bool hit) =>
        Assert.Equal(hit, ConfidenceCalibration.Hit((decimal?)score, progress));

    [Fact]
    public void Hit_OfAKeyResult_ComputesItsProgress()
    {
        var kr = new KeyResult { Title = "Kunder", Type = KeyResultType.Number, Direction = Direction.Decrease, StartValue = 50, TargetValue = 10, CurrentValue = 22 };
        Assert.True(ConfidenceCalibration.Hit(kr)); // (22 − 50) / (10 − 50) = 0.7
        kr.CurrentValue = 23;
        Assert.False(ConfidenceCalibration.Hit(kr));
        kr.Score = 0.8m;
        Assert.True(ConfidenceCalibration.Hit(kr));
    }
}
