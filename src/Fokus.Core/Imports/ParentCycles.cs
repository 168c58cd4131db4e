namespace Fokus.Core.Imports;

/// <summary>Alignment must be a tree: a chain of parents that comes back to where it started is a problem on every
/// row of the chain, and the chain is cut there (the objectives are imported unaligned) instead of failing the file.</summary>
internal static class ParentCycles
{
    /// <summary>Each cycle once, its members in parent order.</summary>
    public static List<List<string>> Find(IReadOnlyDictionary<string, string?> parentOf)
    {
        var cycles = new List<List<string>>();
        var done = new HashSet<string>();
        foreach (var start in parentOf.Keys)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>();
            var current = start;
            while (current is not null && parentOf.ContainsKey(current) && !done.Contains(current))
            {
                if (onPath.TryGetValue(current, out var at)) { cycles.Add(path[at..]); break; }
                onPath[current] = path.Count;
                path.Add(current);
                current = parentOf[current];
            }
            done.UnionWith(path);
        }
        return cycles;
    }

    public static List<PlannedObjective> Cut(List<PlannedObjective> objectives, PlanContext ctx, int? column, ImportField field)
    {
        var parentOf = new Dictionary<string, string?>();
        foreach (var o in objectives) parentOf.TryAdd(o.Ref, o.ParentRef);
        var cycles = Find(parentOf);
        if (cycles.Count == 0) return objectives;
        var byRef = objectives.GroupBy(o => o.Ref).ToDictionary(g => g.Key, g => g.First());
        var members = new HashSet<string>();
        foreach (var cycle in cycles)
        {
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(r => byRef[r].Title));
            foreach (var member in cycle) ctx.Error(byRef[member].Row, column, field, ImportProblems.AlignmentCycle, chain);
            members.UnionWith(cycle);
        }
        return objectives.Select(o => members.Contains(o.Ref) ? o with { ParentRef = null } : o).ToList();
    }
}
