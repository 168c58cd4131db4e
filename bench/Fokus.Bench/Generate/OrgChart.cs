using Fokus.Core.Model;

namespace Fokus.Bench.Generate;

/// <summary>
/// Who is where, by index: person p belongs to team p % teams; teams form a balanced tree in
/// breadth-first order (team 0 is the root, a parent always has a lower index than its children).
/// Person 0 is the bench admin, persons 1..teams lead one team each, a few after them are admins.
/// </summary>
internal sealed class OrgChart(int people, int teams)
{
    /// <summary>Children per team, chosen so the tree is about four levels deep.</summary>
    public int Branching { get; } = Math.Max(2, (int)Math.Ceiling(Math.Cbrt(teams)));

    public int People => people;
    public int Teams => teams;

    public int TeamOf(int person) => person % teams;

    public int? ParentOf(int team) => team == 0 ? null : (team - 1) / Branching;

    public int DepthOf(int team)
    {
        var depth = 0;
        for (var t = team; t != 0; t = (t - 1) / Branching) depth++;
        return depth;
    }

    /// <summary>The lead is the team's lowest-numbered member other than the admin.</summary>
    public int? LeadOf(int team)
    {
        var lead = team == 0 ? teams : team;
        return lead < people ? lead : null;
    }

    public int MemberCount(int team) => team < people ? (people - 1 - team) / teams + 1 : 0;

    public int MemberAt(int team, int index) => team + index * teams;

    public Role RoleOf(int person)
    {
        if (person == 0) return Role.Admin;
        if (person <= teams) return Role.Lead;
        var extraAdmins = people / 5_000;
        return person <= teams + extraAdmins ? Role.Admin : Role.Member;
    }
}
