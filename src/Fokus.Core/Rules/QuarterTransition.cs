using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>The end of a period: suggested outcomes, score bands, and the next period's drafts from the decisions.</summary>
public static class QuarterTransition
{
    /// <summary>The score bands of the period report: 0–0.3 missed, 0.4–0.6 progress, 0.7–1.0 success.</summary>
    public static int Band(decimal score) => score >= ScoreRule.SuccessThreshold ? 2 : score >= 0.4m ? 1 : 0;

    /// <summary>The objective's outcome suggested from its key results' weighted scores.</summary>
    public static ObjectiveOutcome SuggestOutcome(IEnumerable<(decimal Score, decimal Weight)> keyResults)
    {
        var list = keyResults.Where(k => k.Weight > 0).ToList();
        if (list.Count == 0) return ObjectiveOutcome.Missed;
        var score = list.Sum(k => k.Score * k.Weight) / list.Sum(k => k.Weight);
        return Band(Math.Round(score, 1, MidpointRounding.AwayFromZero)) switch
        {
            2 => ObjectiveOutcome.Achieved,
            1 => ObjectiveOutcome.PartlyAchieved,
            _ => ObjectiveOutcome.Missed,
        };
    }

    public static bool CarriesOver(ObjectiveDecision? decision) => decision is ObjectiveDecision.Keep or ObjectiveDecision.Modify;

    /// <summary>
    /// The next period's draft for a kept or modified objective: same title, owner and parent; each carried key result
    /// starts from its final value and keeps its target. Null when the decision does not carry the objective over.
    /// </summary>
    public static Objective? Draft(Objective source, ObjectiveReview review, Guid nextPeriodId, DateTimeOffset now, Func<Guid> newId)
    {
        if (!CarriesOver(review.Decision)) return null;
        var draft = new Objective
        {
            Id = newId(), OrganisationId = source.OrganisationId, PeriodId = nextPeriodId, Title = source.Title,
            Description = source.Description, Level = source.Level, OwnerTeamId = source.OwnerTeamId, OwnerPersonId = source.OwnerPersonId,
            ParentObjectiveId = source.ParentObjectiveId, State = ObjectiveState.Draft, SortOrder = source.SortOrder,
            CarriedFromObjectiveId = source.Id, CreatedAt = now, UpdatedAt = now,
        };
        var carried = source.KeyResults.Where(k => review.CarryKeyResultIds.Contains(k.Id)).OrderBy(k => k.SortOrder).ToList();
        for (var i = 0; i < carried.Count; i++) draft.KeyResults.Add(Continue(carried[i], draft.Id, i, newId(), now));
        return draft;
    }

    private static KeyResult Continue(KeyResult k, Guid objectiveId, int sortOrder, Guid id, DateTimeOffset now) => new()
    {
        Id = id, OrganisationId = k.OrganisationId, ObjectiveId = objectiveId, Title = k.Title, Description = k.Description,
        OwnerPersonId = k.OwnerPersonId, Type = k.Type, Unit = k.Unit, CurrencyCode = k.CurrencyCode,
        StartValue = k.Type == KeyResultType.Milestone ? 0 : k.CurrentValue,
        CurrentValue = k.Type == KeyResultType.Milestone ? 0 : k.CurrentValue,
        TargetValue = k.TargetValue, Direction = k.Direction, Weight = k.Weight, SortOrder = sortOrder, CarriedFromKeyResultId = k.Id, CreatedAt = now,
    };
}
