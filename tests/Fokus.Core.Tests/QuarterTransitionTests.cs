using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public sealed class QuarterTransitionTests
{
    [Theory]
    [InlineData(0.0, 0)] [InlineData(0.3, 0)] [InlineData(0.4, 1)] [InlineData(0.6, 1)] [InlineData(0.7, 2)] [InlineData(1.0, 2)]
    public void Bands_FollowTheReport(double score, int band) => Assert.Equal(band, QuarterTransition.Band((decimal)score));

    [Fact]
    public void Outcome_IsSuggestedFromTheWeightedScores()
    {
        Assert.Equal(ObjectiveOutcome.Achieved, QuarterTransition.SuggestOutcome([(0.9m, 1), (0.6m, 1)]));
        Assert.Equal(ObjectiveOutcome.PartlyAchieved, QuarterTransition.SuggestOutcome([(0.9m, 1), (0.3m, 1), (0.5m, 2)]));
        Assert.Equal(ObjectiveOutcome.Missed, QuarterTransition.SuggestOutcome([(0.2m, 1), (0.3m, 1)]));
        Assert.Equal(ObjectiveOutcome.Missed, QuarterTransition.SuggestOutcome([]));
    }

    [Fact]
    public void Keep_CarriesTheChosenKeyResults_FromTheirFinalValues_IntoADraftAlignedToTheSameParent()
    {
        var parent = Guid.NewGuid();
        var source = new Objective { Id = Guid.NewGuid(), OrganisationId = Guid.NewGuid(), Title = "Fler återkommande kunder", Level = ObjectiveLevel.Team, OwnerTeamId = Guid.NewGuid(), ParentObjectiveId = parent, PeriodId = Guid.NewGuid() };
        var kept = new KeyResult { Id = Guid.NewGuid(), Title = "Återköp", StartValue = 10, CurrentValue = 22, TargetValue = 30, Score = 0.6m, SortOrder = 1, Type = KeyResultType.Percent };
        var ended = new KeyResult { Id = Guid.NewGuid(), Title = "Ny kundklubb lanserad", Type = KeyResultType.Milestone, Done = true, SortOrder = 0 };
        source.KeyResults.AddRange([ended, kept]);
        var review = new ObjectiveReview { ObjectiveId = source.Id, Decision = ObjectiveDecision.Keep, CarryKeyResultIds = [kept.Id] };
        var next = Guid.NewGuid();
        var draft = QuarterTransition.Draft(source, review, next, DateTimeOffset.UnixEpoch, Guid.NewGuid)!;

        Assert.Equal((next, ObjectiveState.Draft, parent, source.Id), (draft.PeriodId!.Value, draft.State, draft.ParentObjectiveId!.Value, draft.CarriedFromObjectiveId!.Value));
        Assert.Equal(source.Title, draft.Title);
        var kr = Assert.Single(draft.KeyResults);
        Assert.Equal((22m, 22m, 30m, kept.Id, draft.Id), (kr.StartValue, kr.CurrentValue, kr.TargetValue, kr.CarriedFromKeyResultId!.Value, kr.ObjectiveId));
        Assert.Null(kr.Score);
        Assert.Null(kr.LastCheckInAt);
    }

    [Theory]
    [InlineData(ObjectiveDecision.Drop)]
    [InlineData(ObjectiveDecision.Completed)]
    public void DropAndCompleted_CarryNothing(ObjectiveDecision decision)
    {
        var source = new Objective { Id = Guid.NewGuid(), Title = "X" };
        Assert.Null(QuarterTransition.Draft(source, new ObjectiveReview { Decision = decision }, Guid.NewGuid(), DateTimeOffset.UnixEpoch, Guid.NewGuid));
    }
}
