using static Fokus.Core.Tests.KeyResultBuilder;

namespace Fokus.Core.Tests;

/// <summary>Check-ins may arrive out of order; the key result must keep reflecting the latest one.</summary>
public class KeyResultApplyOrderTests
{
    [Fact]
    public void Apply_FirstCheckIn_SetsLastCheckInAtAndConfidence()
    {
        var kr = Number();

        kr.Apply(At(Monday, value: 20, confidence: 6));

        Assert.Equal(Monday, kr.LastCheckInAt);
        Assert.Equal(6, kr.LastConfidence);
    }

    [Fact]
    public void Apply_NewerCheckIn_ReplacesLastConfidence()
    {
        var kr = Number();
        kr.Apply(At(Monday, value: 20, confidence: 6));

        kr.Apply(At(Monday.AddDays(7), value: 30, confidence: 4));

        Assert.Equal(Monday.AddDays(7), kr.LastCheckInAt);
        Assert.Equal(4, kr.LastConfidence);
        Assert.Equal(30m, kr.CurrentValue);
    }

    [Fact]
    public void Apply_SameTimestamp_LaterAppliedWins()
    {
        var kr = Number();
        kr.Apply(At(Monday, value: 20, confidence: 6));

        kr.Apply(At(Monday, value: 21, confidence: 8));

        Assert.Equal(8, kr.LastConfidence);
        Assert.Equal(21m, kr.CurrentValue);
    }

    [Fact]
    public void Apply_OlderCheckIn_KeepsLatestConfidenceAndTimestamp()
    {
        var kr = Number();
        kr.Apply(At(Monday.AddDays(7), value: 30, confidence: 4));

        kr.Apply(At(Monday, value: 20, confidence: 9));

        Assert.Equal(Monday.AddDays(7), kr.LastCheckInAt);
        Assert.Equal(4, kr.LastConfidence);
    }

    // The current value stored on the KR stands in for the latest check-in, so a
    // check-in older than the latest one must not replace it (as it already does not replace confidence).
    [Fact]
    public void Apply_OlderCheckIn_KeepsLatestCurrentValue()
    {
        var kr = Number();
        kr.Apply(At(Monday.AddDays(7), value: 30, confidence: 4));

        kr.Apply(At(Monday, value: 20, confidence: 9));

        Assert.Equal(30m, kr.CurrentValue);
    }

    [Fact]
    public void Apply_OlderMilestoneCheckIn_KeepsLatestDone()
    {
        var kr = Milestone(done: false);
        kr.Apply(At(Monday.AddDays(7), done: true, confidence: 9));

        kr.Apply(At(Monday, done: false, confidence: 3));

        Assert.True(kr.Done);
        Assert.Equal(1.0, kr.Progress);
    }
}
