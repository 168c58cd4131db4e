using Fokus.Core.Model;

namespace Fokus.Bench.Generate;

internal static class TeamFactory
{
    private static readonly string[] LevelNames = ["Company", "Division", "Department", "Team", "Squad"];

    /// <summary>Teams in breadth-first order, so inserting in list order always inserts a parent first.</summary>
    public static IReadOnlyList<Team> Create(Guid organisationId, string organisationName, OrgChart chart, IReadOnlyList<BenchPerson> people)
    {
        var teams = new List<Team>(chart.Teams);
        for (var t = 0; t < chart.Teams; t++)
        {
            var depth = chart.DepthOf(t);
            teams.Add(new Team
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = organisationId,
                Name = t == 0 ? organisationName : $"{LevelNames[Math.Min(depth, LevelNames.Length - 1)]} {t:D4}",
                Description = t == 0 ? "The whole company." : $"A level-{depth} unit of {organisationName}.",
                ParentTeamId = chart.ParentOf(t) is { } parent ? teams[parent].Id : null,
                LeadPersonId = chart.LeadOf(t) is { } lead ? people[lead].Person.Id : null,
            });
        }
        return teams;
    }

    public static IEnumerable<TeamMember> Members(OrgChart chart, IReadOnlyList<Team> teams, IReadOnlyList<BenchPerson> people)
    {
        for (var p = 0; p < people.Count; p++)
            yield return new TeamMember { OrganisationId = teams[chart.TeamOf(p)].OrganisationId, TeamId = teams[chart.TeamOf(p)].Id, PersonId = people[p].Person.Id };
    }
}
