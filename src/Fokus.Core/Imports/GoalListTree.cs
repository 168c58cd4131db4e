namespace Fokus.Core.Imports;

/// <summary>Links the goals of a goal list to their parents: by row id when the file has ids, else by the parent's title
/// (the nearest goal above with that title). Extra parents, unknown parents and cycles are problems on their rows.</summary>
internal static class GoalListTree
{
    public static void Link(IReadOnlyList<(int Row, string Id, string Title, List<string> Parents)> goals, bool byId,
        PlanContext ctx, int? parentColumn, Action<int, int?> setParent)
    {
        var field = ImportField.ParentRowIds;
        var index = goals.Select((g, i) => (Key: ImportText.Normalize(g.Id), i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        var parentOf = new Dictionary<string, string?>();
        var chosen = new int?[goals.Count];
        var titles = byId ? [] : goals.Select((g, i) => (Key: ImportText.Normalize(g.Title), i)).GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList());
        for (var i = 0; i < goals.Count; i++)
        {
            var (row, id, _, parents) = goals[i];
            parentOf[id] = null;
            if (parents.Count == 0) continue;
            if (parents.Count > 1) ctx.Warn(row, parentColumn, field, ImportProblems.ExtraParentsIgnored, string.Join(", ", parents.Skip(1)));
            int? parent = byId
                ? index.TryGetValue(ImportText.Normalize(parents[0]), out var p) ? p : null
                : ByTitle(titles, i, parents[0]);
            if (parent is null) ctx.Error(row, parentColumn, field, ImportProblems.UnknownParent, parents[0]);
            else if (parent == i) ctx.Error(row, parentColumn, field, ImportProblems.AlignmentCycle, goals[i].Title);
            else
            {
                chosen[i] = parent;
                parentOf[id] = goals[parent.Value].Id;
            }
        }
        var byIdKey = goals.Select((g, i) => (g.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i);
        foreach (var cycle in ParentCycles.Find(parentOf))
        {
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(m => goals[byIdKey[m]].Title));
            foreach (var member in cycle)
            {
                ctx.Error(goals[byIdKey[member]].Row, parentColumn, field, ImportProblems.AlignmentCycle, chain);
                chosen[byIdKey[member]] = null;
            }
        }
        for (var i = 0; i < goals.Count; i++) setParent(i, chosen[i]);
    }

    // Titles to their rows in file order, so finding the nearest goal above stays fast for large files.
    private static int? ByTitle(Dictionary<string, List<int>> titles, int self, string title)
    {
        if (!titles.TryGetValue(ImportText.Normalize(title), out var rows)) return null;
        var at = rows.BinarySearch(self);
        var before = at >= 0 ? at - 1 : ~at - 1;
        if (before >= 0) return rows[before];
        var after = at >= 0 ? at + 1 : ~at;
        return after < rows.Count ? rows[after] : null;
    }
}
