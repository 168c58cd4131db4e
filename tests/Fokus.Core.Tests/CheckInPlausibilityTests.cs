using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class CheckInPlausibilityTests
{
    private static Plausibility Number(double start, double target, double value) =>
        CheckInPlausibility.Judge(KeyResultType.Number, false, (decimal)start, (decimal)target, (decimal)value);

    [Theory]
    [InlineData(0, 100, 50)]
    [InlineData(0, 100, 1100)] // exactly 10 × the distance beyond the target is still plausible
    [InlineData(0, 100, -1000)]
    [InlineData(100, 50, 600)]
    [InlineData(100, 50, -450)]
    [InlineData(20, 30, 130)]
    public void Judge_WithinTenDistancesOfTheRange_IsPlausible(double start, double target, double value) =>
        Assert.Equal(Plausibility.Plausible, Number(start, target, value));

    [Theory]
    [InlineData(0, 100, 1100.01)]
    [InlineData(0, 100, -1001)]
    [InlineData(100, 50, 601)]
    [InlineData(100, 50, -451)]
    [InlineData(2, 3, 261)] // "2,61" read as 261
    public void Judge_FarOutsideTheRange_IsAnOutlier(double start, double target, double value) =>
        Assert.Equal(Plausibility.Outlier, Number(start, target, value));

    [Fact]
    public void Judge_ExtremeValues_DoNotOverflow()
    {
        Assert.Equal(Plausibility.Outlier, CheckInPlausibility.Judge(KeyResultType.Number, false, 0, 0.0001m, decimal.MaxValue));
        Assert.Equal(Plausibility.Outlier, CheckInPlausibility.Judge(KeyResultType.Number, false, 0, 0.0001m, decimal.MinValue));
    }

    [Fact]
    public void Judge_StartEqualsTarget_NeverAnOutlier() =>
        Assert.Equal(Plausibility.Plausible, CheckInPlausibility.Judge(KeyResultType.Number, false, 95, 95, 1_000_000));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.5)]
    [InlineData(250)]
    public void Judge_BoundedPercentOutside0To100_IsOutOfRange(double value) =>
        Assert.Equal(Plausibility.OutOfPercentRange, CheckInPlausibility.Judge(KeyResultType.Percent, false, 0, 100, (decimal)value));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(42.5)]
    public void Judge_BoundedPercentInside_IsPlausible(double value) =>
        Assert.Equal(Plausibility.Plausible, CheckInPlausibility.Judge(KeyResultType.Percent, false, 0, 100, (decimal)value));

    [Fact]
    public void Judge_UnboundedPercent_AcceptsBeyond100ButStillAsksAboutOutliers()
    {
        Assert.Equal(Plausibility.Plausible, CheckInPlausibility.Judge(KeyResultType.Percent, true, 10, 30, 150));
        Assert.Equal(Plausibility.Outlier, CheckInPlausibility.Judge(KeyResultType.Percent, true, 10, 30, 500));
    }

    [Fact]
    public void Judge_Milestone_IsAlwaysPlausible() =>
        Assert.Equal(Plausibility.Plausible, CheckInPlausibility.Judge(KeyResultType.Milestone, false, 0, 1, 5000));

    [Fact]
    public void Judge_KeyResult_UsesItsDefinition()
    {
        var kr = new KeyResult { Title = "t", Type = KeyResultType.Currency, StartValue = 1000, TargetValue = 2000 };
        Assert.Equal(Plausibility.Plausible, CheckInPlausibility.Judge(kr, 12_000));
        Assert.Equal(Plausibility.Outlier, CheckInPlausibility.Judge(kr, 20_000));
    }

    [Theory]
    [InlineData(KeyResultType.Number, Direction.Increase, false)]
    [InlineData(KeyResultType.Percent, Direction.Decrease, false)]
    [InlineData(KeyResultType.Number, Direction.AtLeast, true)]
    [InlineData(KeyResultType.Currency, Direction.AtMost, true)]
    [InlineData(KeyResultType.Milestone, Direction.Increase, true)]
    public void StartMayEqualTarget_OnlyForThresholdsAndMilestones(KeyResultType type, Direction direction, bool expected) =>
        Assert.Equal(expected, CheckInPlausibility.StartMayEqualTarget(type, direction));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(0.5, true)]
    [InlineData(100, true)]
    [InlineData(100.5, false)]
    public void IsValidWeight_PositiveUpTo100(double weight, bool expected) =>
        Assert.Equal(expected, CheckInPlausibility.IsValidWeight((decimal)weight));

    [Theory]
    [InlineData(10, 10, true)]
    [InlineData(11, 10, false)]
    [InlineData(25, 25, true)]
    [InlineData(11, 0, false)] // an unset or invalid setting falls back to the default of 10
    [InlineData(26, 99, false)]
    public void WithinKeyResultLimit_UsesTheSettingWithinItsBounds(int count, int setting, bool expected) =>
        Assert.Equal(expected, CheckInPlausibility.WithinKeyResultLimit(count, setting));
}
