using Fokus.Core.Model;

namespace Fokus.Bench.Generate;

/// <summary>
/// Spreads key results over objectives and check-ins over key results, then sets each key result's
/// current value, last check-in time and confidence from its latest check-in (as the server would have).
/// </summary>
internal static class KeyResultFactory
{
    public static IReadOnlyList<KeyResultPlan> Create(
        IReadOnlyList<ObjectivePlan> objectives, OrgChart chart, IReadOnlyList<BenchPerson> people,
        int keyResultCount, int checkInCount, Random random)
    {
        var perObjective = CountSpreader.Spread(keyResultCount, objectives.Count, random);
        var keyResults = new List<(KeyResult KeyResult, ObjectivePlan Objective)>(keyResultCount);
        for (var o = 0; o < objectives.Count; o++)
        {
            var objective = objectives[o];
            for (var j = 0; j < perObjective[o]; j++)
            {
                var kr = KeyResultShapes.Create(keyResults.Count, random);
                kr.Id = Guid.CreateVersion7();
                kr.OrganisationId = objective.Objective.OrganisationId;
                kr.ObjectiveId = objective.Objective.Id;
                kr.OwnerPersonId = Owner(objective, chart, people, random);
                kr.CurrentValue = kr.StartValue;
                kr.SortOrder = j;
                kr.Version = 1;
                kr.CreatedAt = objective.Objective.CreatedAt;
                keyResults.Add((kr, objective));
            }
        }

        var perKeyResult = CountSpreader.Spread(checkInCount, keyResults.Count, random);
        var plans = new List<KeyResultPlan>(keyResults.Count);
        for (var k = 0; k < keyResults.Count; k++)
        {
            var (kr, objective) = keyResults[k];
            var plan = new KeyResultPlan(kr, perKeyResult[k], objective.Window, Seed: k);
            if (CheckInSeries.Generate(plan).LastOrDefault() is { } latest)
                kr.Apply(latest);
            if (objective.PeriodClosed)
                kr.Score = Math.Round((decimal)kr.Progress, 2);
            plans.Add(plan);
        }
        return plans;
    }

    private static Guid? Owner(ObjectivePlan objective, OrgChart chart, IReadOnlyList<BenchPerson> people, Random random)
    {
        if (objective.OwnerPerson is { } person) return people[person].Person.Id;
        var team = objective.OwnerTeam ?? 0;
        var members = chart.MemberCount(team);
        return members == 0 ? null : people[chart.MemberAt(team, random.Next(members))].Person.Id;
    }
}
