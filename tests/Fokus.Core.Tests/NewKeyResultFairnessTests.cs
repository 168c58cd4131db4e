using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Model.KeyResultStatus;

namespace Fokus.Core.Tests;

/// <summary>Issue #9 §1: a key result added mid-period is measured from the day it was created, and is "not started" at first.</summary>
public sealed class NewKeyResultFairnessTests
{
    private static readonly DateOnly Start = new(2026, 10, 1), End = new(2026, 12, 31);
    private static readonly DateTimeOffset CreatedMidPeriod = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);
    private static readonly StatusThresholds T = StatusThresholds.Default;

    private static KeyResultTimeline Timeline(DateTimeOffset created, int grace = 7) => KeyResultTimeline.Of(created, Start, End, grace);

    [Fact]
    public void ThePath_StartsOnTheDayTheKeyResultWasCreated()
    {
        var t = Timeline(CreatedMidPeriod);
        Assert.Equal(new DateOnly(2026, 11, 20), t.PathStart);
        Assert.Equal(0, t.ExpectedOn(new DateOnly(2026, 11, 20)));
        Assert.Equal(20 / 41.0, t.ExpectedOn(new DateOnly(2026, 12, 10)), 9); // 20 of its 41 days, not 70 of the period's 91
    }

    [Fact]
    public void ThePath_OfAKeyResultCreatedBeforeThePeriod_StartsWithThePeriod() =>
        Assert.Equal(Start, Timeline(new DateTimeOffset(2026, 9, 15, 8, 0, 0, TimeSpan.Zero)).PathStart);

    [Fact]
    public void ANewKeyResult_IsNotStarted_NotOffTrack_WithinItsGraceDays()
    {
        var (status, _) = Timeline(CreatedMidPeriod).Assess(0, null, null, new DateOnly(2026, 11, 26), T);
        Assert.Equal(NotStarted, status);
        // The same key result measured from the period's first day would have been far behind.
        Assert.Equal(OffTrack, KeyResultStatusRule.Of(0, ExpectedProgress.On(new DateOnly(2026, 11, 26), Start, End), null, T));
    }

    [Fact]
    public void AfterTheGraceDays_ItIsMeasuredAgainstItsOwnPath()
    {
        var t = Timeline(CreatedMidPeriod);
        Assert.Equal(AtRisk, t.Assess(0, null, null, new DateOnly(2026, 11, 27), T).Status); // 7 of its 41 days: 0.17 behind
        Assert.Equal(OffTrack, t.Assess(0, null, null, new DateOnly(2026, 12, 20), T).Status);
    }

    [Fact]
    public void TheFirstCheckIn_EndsNotStarted()
    {
        var checkedIn = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(OnTrack, Timeline(CreatedMidPeriod).Assess(0.05, checkedIn, 8, new DateOnly(2026, 11, 22), T).Status);
        Assert.Equal(OffTrack, Timeline(CreatedMidPeriod).Assess(0.05, checkedIn, 2, new DateOnly(2026, 11, 22), T).Status);
    }

    [Fact]
    public void ADoneKeyResult_IsDone_EvenOnItsFirstDay() =>
        Assert.Equal(Done, Timeline(CreatedMidPeriod).Assess(1, null, null, new DateOnly(2026, 11, 20), T).Status);

    [Fact]
    public void ZeroGraceDays_MeasureAtOnce() =>
        Assert.Equal(OnTrack, Timeline(CreatedMidPeriod, grace: 0).Assess(0, null, null, new DateOnly(2026, 11, 20), T).Status);

    [Fact]
    public void AnObjectiveWithoutKeyResults_HasNoStatus() =>
        Assert.Null(KeyResultStatusRule.OfObjective([], T));

    [Fact]
    public void AnObjectiveWithOnlyNewKeyResults_IsNotStarted() =>
        Assert.Equal(NotStarted, KeyResultStatusRule.OfObjective([new(0, 0.6, 1, NotStarted), new(0, 0.6, 1, NotStarted)], T));

    [Fact]
    public void ANewKeyResult_DoesNotPullItsObjectiveDown()
    {
        KeyResultPosition[] krs = [new(0.6, 0.6, 1, OnTrack), new(0, 0.05, 1, NotStarted), new(0, 0.05, 1, NotStarted)];
        Assert.Equal(OnTrack, KeyResultStatusRule.OfObjective(krs, T));
    }

    [Fact]
    public void DoneKeyResultsBesideNewOnes_DoNotMakeTheObjectiveDone() =>
        Assert.Equal(OnTrack, KeyResultStatusRule.OfObjective([new(1, 0.6, 1, Done), new(0, 0, 1, NotStarted)], T));

    [Fact]
    public void AnObjective_IsMeasuredAgainstEachKeyResultsOwnPath()
    {
        // Both on their own paths, one old and one young: on track, though against the period's path (0.6) their mean 0.35 is behind.
        KeyResultPosition[] krs = [new(0.6, 0.6, 1, OnTrack), new(0.1, 0.1, 1, OnTrack)];
        Assert.Equal(OnTrack, KeyResultStatusRule.OfObjective(krs, T));
        Assert.Equal(AtRisk, KeyResultStatusRule.OfObjective(0.35, 0.6, [OnTrack, OnTrack], T));
    }

    [Fact]
    public void Discipline_CountsDueCheckInsFromTheKeyResultsCreation()
    {
        // Five key results created on Friday 20 November, checked in every Monday since: nothing missed.
        var from = Timeline(CreatedMidPeriod).DueFrom;
        var today = new DateOnly(2026, 12, 2);
        var (due, made) = CheckInSchedule.Discipline([new(2026, 11, 23), new(2026, 11, 30)], DayOfWeek.Monday, from, today);
        Assert.Equal((2, 2), (due, made));
        // Counted from the period's first day, the same history looked like 2 of 9.
        Assert.Equal((9, 2), CheckInSchedule.Discipline([new(2026, 11, 23), new(2026, 11, 30)], DayOfWeek.Monday, Start, today));
    }

    [Fact]
    public void ANewKeyResult_IsNotStale_AndNotAMeetingException()
    {
        var period = new Period { Name = "Q4", StartDate = Start, EndDate = End, State = PeriodState.Active };
        var kr = new KeyResult
        {
            Id = Guid.NewGuid(), Title = "Nya kunder i segment X", Type = KeyResultType.Number, StartValue = 0, TargetValue = 15,
            CreatedAt = CreatedMidPeriod,
        };
        var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        var exceptions = MeetingAgenda.Exceptions([new AgendaKeyResult(kr.Id, kr.Title, null, kr, [])], now.AddDays(-7), now, period, T, 7);
        Assert.Empty(exceptions);
        Assert.False(CheckInSchedule.IsStale(null, Timeline(CreatedMidPeriod).PathStart, new DateOnly(2026, 11, 26)));
        Assert.True(CheckInSchedule.IsStale(null, Start, new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void ACheckInIsFirstDue_TheDayAfterAMidPeriodCreation_OrOnThePeriodsFirstDay()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 24), Timeline(monday).DueFrom);
        Assert.Equal((0, 0), CheckInSchedule.Discipline([], DayOfWeek.Monday, Timeline(monday).DueFrom, new DateOnly(2026, 11, 23)));
        Assert.Equal(Start, Timeline(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)).DueFrom);
    }
}
