using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class ObjectiveProgressTests
{
    [Fact]
    public void Of_NoKeyResults_IsZero() =>
        Assert.Equal(0.0, ObjectiveProgress.Of([]));

    [Fact]
    public void Of_EqualWeights_IsPlainMean() =>
        Assert.Equal(0.5, ObjectiveProgress.Of([(0.2, 1m), (0.5, 1m), (0.8, 1m)]), 10);

    [Fact]
    public void Of_SingleKeyResult_IsItsProgress() =>
        Assert.Equal(0.37, ObjectiveProgress.Of([(0.37, 1m)]), 10);

    [Fact]
    public void Of_DifferentWeights_IsWeightedMean() =>
        // (1.0 × 3 + 0.2 × 1) / 4 = 0.8
        Assert.Equal(0.8, ObjectiveProgress.Of([(1.0, 3m), (0.2, 1m)]), 10);

    [Fact]
    public void Of_FractionalWeights_IsWeightedMean() =>
        // (0.4 × 0.5 + 1.0 × 1.5) / 2 = 0.85
        Assert.Equal(0.85, ObjectiveProgress.Of([(0.4, 0.5m), (1.0, 1.5m)]), 10);

    [Fact]
    public void Of_ScalingAllWeights_DoesNotChangeResult() =>
        Assert.Equal(
            ObjectiveProgress.Of([(0.3, 1m), (0.9, 2m)]),
            ObjectiveProgress.Of([(0.3, 10m), (0.9, 20m)]),
            10);

    [Fact]
    public void Of_ZeroWeight_CountsAsNothing() =>
        Assert.Equal(0.6, ObjectiveProgress.Of([(0.6, 1m), (0.0, 0m)]), 10);

    [Fact]
    public void Of_NegativeWeight_CountsAsNothing() =>
        Assert.Equal(0.6, ObjectiveProgress.Of([(0.6, 2m), (1.0, -5m)]), 10);

    [Fact]
    public void Of_AllWeightsZero_IsZero() =>
        Assert.Equal(0.0, ObjectiveProgress.Of([(1.0, 0m), (0.5, 0m)]));

    [Fact]
    public void Of_AllWeightsZeroOrNegative_IsZero() =>
        Assert.Equal(0.0, ObjectiveProgress.Of([(1.0, 0m), (0.8, -1m)]));

    [Fact]
    public void Of_AllDone_IsOne() =>
        Assert.Equal(1.0, ObjectiveProgress.Of([(1.0, 1m), (1.0, 2m), (1.0, 0.5m)]), 10);

    [Fact]
    public void WithChildren_NoOwnAndNoChildren_IsZero() =>
        Assert.Equal(0.0, ObjectiveProgress.WithChildren(null, []));

    [Fact]
    public void WithChildren_OnlyOwnProgress_IsOwnProgress() =>
        Assert.Equal(0.4, ObjectiveProgress.WithChildren(0.4, []), 10);

    [Fact]
    public void WithChildren_OnlyChildren_IsMeanOfChildren() =>
        Assert.Equal(0.5, ObjectiveProgress.WithChildren(null, [0.2, 0.8]), 10);

    [Fact]
    public void WithChildren_OwnAndChildren_CountsOwnAsOneEqualPart() =>
        // (0.2 + 0.8 + own 1.0) / 3
        Assert.Equal(2.0 / 3, ObjectiveProgress.WithChildren(1.0, [0.2, 0.8]), 10);

    [Fact]
    public void WithChildren_OwnZero_StillCountsAsAPart() =>
        Assert.Equal(0.5, ObjectiveProgress.WithChildren(0.0, [1.0]), 10);
}
