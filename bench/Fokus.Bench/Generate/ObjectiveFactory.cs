using Fokus.Core.Model;

namespace Fokus.Bench.Generate;

/// <summary>An objective with what its key results need: who owns it (by index) and when check-ins fall.</summary>
internal sealed record ObjectivePlan(Objective Objective, int? OwnerTeam, int? OwnerPerson, CheckInWindow Window, bool PeriodClosed);

/// <summary>
/// Builds the alignment tree: strategic → company (root team) → team objectives aligned to their parent
/// team's objective → personal objectives aligned to their team's objective. Parents always come first.
/// </summary>
internal sealed class ObjectiveFactory(
    Guid organisationId, OrgChart chart, IReadOnlyList<Team> teams, IReadOnlyList<BenchPerson> people, BenchPeriods periods)
{
    private static readonly string[] Themes =
    [
        "Delight our customers", "Win the Nordic mid-market", "Ship faster with confidence", "Become the employer of choice",
        "Grow recurring revenue", "Make onboarding effortless", "Run a reliable platform", "Cut our climate footprint",
        "Build a partner ecosystem", "Decide with data", "Simplify how we work", "Expand into Germany",
    ];

    public IReadOnlyList<ObjectivePlan> Create(int total)
    {
        var plans = new List<ObjectivePlan>(total);
        var strategicCount = Math.Clamp(total / 500, 1, 20);
        var strategicWindow = periods.WindowFor(null);
        var strategic = new List<Guid>();
        for (var i = 0; i < strategicCount; i++)
            strategic.Add(Add(plans, null, ObjectiveLevel.Strategic, i, team: 0, person: null, parent: null, strategicWindow, false));

        var inPeriods = total - strategicCount;
        AddPeriod(plans, periods.Previous, inPeriods / 2, strategic, closed: true);
        AddPeriod(plans, periods.Current, inPeriods - inPeriods / 2, strategic, closed: false);
        return plans;
    }

    private void AddPeriod(List<ObjectivePlan> plans, Period period, int count, List<Guid> strategic, bool closed)
    {
        if (count == 0) return;
        var window = periods.WindowFor(period);
        var companyCount = Math.Clamp(count / 500, 1, 10);
        var teamCount = (count - companyCount) * 6 / 10;
        var personalCount = count - companyCount - teamCount;

        var company = new List<Guid>();
        for (var i = 0; i < companyCount; i++)
            company.Add(Add(plans, period, ObjectiveLevel.Company, i, 0, null, strategic[i % strategic.Count], window, closed));

        var firstOfTeam = new Guid?[chart.Teams];
        for (var i = 0; i < teamCount; i++)
        {
            var team = chart.Teams == 1 ? 0 : 1 + i % (chart.Teams - 1);
            var parentTeam = chart.ParentOf(team) ?? 0;
            var parent = parentTeam == 0 ? company[i % companyCount] : firstOfTeam[parentTeam] ?? company[i % companyCount];
            var id = Add(plans, period, ObjectiveLevel.Team, i, team, null, parent, window, closed);
            firstOfTeam[team] ??= id;
        }

        for (var i = 0; i < personalCount; i++)
        {
            var person = (int)((long)i * chart.People / personalCount);
            var parent = firstOfTeam[chart.TeamOf(person)] ?? company[i % companyCount];
            Add(plans, period, ObjectiveLevel.Personal, i, null, person, parent, window, closed);
        }
    }

    private Guid Add(List<ObjectivePlan> plans, Period? period, ObjectiveLevel level, int index,
        int? team, int? person, Guid? parent, CheckInWindow window, bool closed)
    {
        var theme = Themes[index % Themes.Length];
        var objective = new Objective
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            PeriodId = period?.Id,
            Title = level switch
            {
                ObjectiveLevel.Team => $"{theme} — {teams[team!.Value].Name}",
                ObjectiveLevel.Personal => $"{theme}: my part",
                _ => theme,
            },
            Description = $"{level} objective {index + 1}, generated for load testing.",
            Level = level,
            OwnerTeamId = team is { } t ? teams[t].Id : null,
            OwnerPersonId = person is { } p ? people[p].Person.Id : null,
            ParentObjectiveId = parent,
            State = closed ? ObjectiveState.Closed : ObjectiveState.Active,
            SortOrder = index,
            CreatedAt = window.From - TimeSpan.FromDays(14),
            UpdatedAt = window.To,
        };
        plans.Add(new ObjectivePlan(objective, team, person, window, closed));
        return objective.Id;
    }
}
