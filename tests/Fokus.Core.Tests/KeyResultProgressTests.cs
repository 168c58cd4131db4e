using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class KeyResultProgressTests
{
    private static double Linear(Direction direction, double start, double target, double current) =>
        KeyResultProgress.Of(KeyResultType.Number, direction, (decimal)start, (decimal)target, (decimal)current, done: false);

    [Theory]
    [InlineData(0, 100, 0, 0.0)]
    [InlineData(0, 100, 25, 0.25)]
    [InlineData(0, 100, 100, 1.0)]
    [InlineData(10, 20, 15, 0.5)]
    [InlineData(-10, 10, 0, 0.5)]
    public void Of_IncreaseBetweenStartAndTarget_IsShareOfDistance(double start, double target, double current, double expected) =>
        Assert.Equal(expected, Linear(Direction.Increase, start, target, current), 10);

    [Theory]
    [InlineData(100, 50, 100, 0.0)]
    [InlineData(100, 50, 75, 0.5)]
    [InlineData(100, 50, 60, 0.8)]
    [InlineData(100, 50, 50, 1.0)]
    public void Of_DecreaseBetweenStartAndTarget_IsShareOfDistance(double start, double target, double current, double expected) =>
        Assert.Equal(expected, Linear(Direction.Decrease, start, target, current), 10);

    [Theory]
    [InlineData(Direction.Increase, 0, 100, 150)]
    [InlineData(Direction.Increase, 0, 100, 1000000)]
    [InlineData(Direction.Decrease, 100, 50, 10)]
    [InlineData(Direction.Decrease, 100, 50, -500)]
    public void Of_Overshoot_ClampsToOne(Direction direction, double start, double target, double current) =>
        Assert.Equal(1.0, Linear(direction, start, target, current));

    [Theory]
    [InlineData(Direction.Increase, 0, 100, -20)]
    [InlineData(Direction.Increase, 50, 100, 10)]
    [InlineData(Direction.Decrease, 100, 50, 120)]
    [InlineData(Direction.Decrease, 100, 50, 1000)]
    public void Of_WrongSideOfStart_ClampsToZero(Direction direction, double start, double target, double current) =>
        Assert.Equal(0.0, Linear(direction, start, target, current));

    [Theory]
    [InlineData(Direction.Increase, 10, 10, 1.0)]
    [InlineData(Direction.Increase, 10, 11, 1.0)]
    [InlineData(Direction.Increase, 10, 9, 0.0)]
    [InlineData(Direction.Decrease, 10, 10, 1.0)]
    [InlineData(Direction.Decrease, 10, 9, 1.0)]
    [InlineData(Direction.Decrease, 10, 11, 0.0)]
    public void Of_StartEqualsTarget_IsOneWhenReachedElseZero(Direction direction, double startAndTarget, double current, double expected) =>
        Assert.Equal(expected, Linear(direction, startAndTarget, startAndTarget, current));

    [Theory]
    [InlineData(Direction.AtLeast, 95, 96, 1.0)]
    [InlineData(Direction.AtLeast, 95, 95, 1.0)]
    [InlineData(Direction.AtLeast, 95, 94.9, 0.0)]
    [InlineData(Direction.AtMost, 5, 4, 1.0)]
    [InlineData(Direction.AtMost, 5, 5, 1.0)]
    [InlineData(Direction.AtMost, 5, 5.1, 0.0)]
    public void Of_Threshold_IsOneWhileConditionHoldsElseZero(Direction direction, double threshold, double current, double expected) =>
        Assert.Equal(expected, Linear(direction, start: 0, threshold, current));

    [Theory]
    [InlineData(Direction.AtLeast, 0, 1.0)]
    [InlineData(Direction.AtLeast, 200, 1.0)]
    [InlineData(Direction.AtMost, 0, 0.0)]
    [InlineData(Direction.AtMost, 200, 0.0)]
    public void Of_Threshold_IgnoresStartValue(Direction direction, double start, double expected) =>
        Assert.Equal(expected, Linear(direction, start, target: 100, current: 100.5));

    [Theory]
    [InlineData(true, 1.0)]
    [InlineData(false, 0.0)]
    public void Of_Milestone_IsOneWhenDoneElseZero(bool done, double expected) =>
        Assert.Equal(expected, KeyResultProgress.Of(KeyResultType.Milestone, Direction.Increase, 0, 1, current: 0, done));

    [Fact]
    public void Of_MilestoneNotDone_IgnoresCurrentValue() =>
        Assert.Equal(0.0, KeyResultProgress.Of(KeyResultType.Milestone, Direction.Increase, 0, 1, current: 1, done: false));

    [Theory]
    [InlineData(KeyResultType.Number)]
    [InlineData(KeyResultType.Percent)]
    [InlineData(KeyResultType.Currency)]
    public void Of_NonMilestoneType_DoesNotChangeFormula(KeyResultType type) =>
        Assert.Equal(0.4, KeyResultProgress.Of(type, Direction.Increase, 0, 50, 20, done: true), 10);

    [Fact]
    public void Of_KeyResultEntity_UsesItsOwnValues()
    {
        var kr = new KeyResult
        {
            Title = "Win 15 new customers in segment X",
            Direction = Direction.Increase,
            StartValue = 0,
            TargetValue = 15,
            CurrentValue = 6,
        };

        Assert.Equal(0.4, KeyResultProgress.Of(kr), 10);
        Assert.Equal(0.4, kr.Progress, 10);
    }
}
