namespace Fokus.Web.Features.Teams;

/// <summary>The flat team list as a tree: depth-first rows with their depth, and the teams a team may move under.</summary>
internal static class TeamTree
{
    /// <summary>Teams by parent (null: the top level), sorted by name; a team whose parent is gone shows at the top.</summary>
    public static ILookup<Guid?, TeamDto> Children(IReadOnlyList<TeamDto> teams)
    {
        var ids = teams.Select(t => t.Id).ToHashSet();
        return teams.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToLookup(t => t.ParentTeamId is { } p && ids.Contains(p) ? p : (Guid?)null);
    }

    public static IReadOnlyList<(TeamDto Team, int Depth)> Rows(IReadOnlyList<TeamDto> teams)
    {
        var children = Children(teams);
        var rows = new List<(TeamDto, int)>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var team in children[parent])
            {
                rows.Add((team, depth));
                Walk(team.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }

    /// <summary>Every team except the one itself and those below it, which would make a cycle.</summary>
    public static IReadOnlyList<(TeamDto Team, int Depth)> ParentChoices(IReadOnlyList<TeamDto> teams, Guid? self)
    {
        if (self is null) return Rows(teams);
        var below = new HashSet<Guid> { self.Value };
        var rows = Rows(teams);
        var result = new List<(TeamDto, int)>();
        foreach (var (team, depth) in rows)
        {
            if (team.ParentTeamId is { } p && below.Contains(p)) below.Add(team.Id);
            if (!below.Contains(team.Id)) result.Add((team, depth));
        }
        return result;
    }
}
