using Fokus.Core.Model;
using static Fokus.Core.Tests.KeyResultBuilder;

namespace Fokus.Core.Tests;

public class KeyResultApplyTests
{
    [Fact]
    public void Apply_NumberWithValue_SetsCurrentValueAndProgress()
    {
        var kr = Number();

        kr.Apply(At(Monday, value: 40));

        Assert.Equal(40m, kr.CurrentValue);
        Assert.Equal(0.4, kr.Progress, 10);
    }

    [Fact]
    public void Apply_NumberWithoutValue_KeepsCurrentValue()
    {
        var kr = Number(current: 25);

        kr.Apply(At(Monday, value: null, confidence: 3));

        Assert.Equal(25m, kr.CurrentValue);
        Assert.Equal(3, kr.LastConfidence);
    }

    [Theory]
    [InlineData(false, true, true, 1)]
    [InlineData(true, false, false, 0)]
    [InlineData(false, false, false, 0)]
    [InlineData(true, true, true, 1)]
    public void Apply_MilestoneWithDone_SetsDoneAndCurrentValue(bool before, bool checkInDone, bool expectedDone, int expectedValue)
    {
        var kr = Milestone(before);

        kr.Apply(At(Monday, done: checkInDone));

        Assert.Equal(expectedDone, kr.Done);
        Assert.Equal(expectedValue, kr.CurrentValue);
        Assert.Equal(expectedValue, kr.Progress);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Apply_MilestoneWithoutDone_KeepsDone(bool before)
    {
        var kr = Milestone(before);

        kr.Apply(At(Monday, done: null, confidence: 2));

        Assert.Equal(before, kr.Done);
        Assert.Equal(before ? 1m : 0m, kr.CurrentValue);
        Assert.Equal(2, kr.LastConfidence);
    }

    [Fact]
    public void Apply_MilestoneWithValue_IgnoresValue()
    {
        var kr = Milestone(done: false);

        kr.Apply(At(Monday, value: 42, done: null));

        Assert.Equal(0m, kr.CurrentValue);
        Assert.False(kr.Done);
    }
}
