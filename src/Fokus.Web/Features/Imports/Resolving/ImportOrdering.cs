using Fokus.Core.Imports;

namespace Fokus.Web.Features.Imports.Resolving;

/// <summary>Parents before their children, so that each chunk the apply saves refers only to objectives already saved.</summary>
internal static class ImportOrdering
{
    public static void ParentsFirst(ImportResolution r, ResolveOptions o)
    {
        var byId = r.Objectives.ToDictionary(x => x.Id);
        var ordered = new List<ResolvedObjective>(r.Objectives.Count);
        var state = new Dictionary<Guid, bool>(); // false: on the current path, true: placed
        foreach (var start in r.Objectives)
        {
            if (state.ContainsKey(start.Id)) continue;
            // Walk up to the topmost unplaced ancestor without recursion (files can nest deeply).
            var path = new List<ResolvedObjective>();
            var current = start;
            while (current is not null && !state.ContainsKey(current.Id))
            {
                state[current.Id] = false;
                path.Add(current);
                current = current.ParentId is { } pid && byId.TryGetValue(pid, out var parent) ? parent : null;
            }
            if (current is not null && !state[current.Id])
            {
                // The walk came back to itself: a cycle. Break it at the objective that closes it.
                var closing = path[^1];
                closing.ParentId = null;
                r.Problems.Add(new ImportProblem(closing.Plan.Row, o.Column(ImportField.ParentRowIds), "Import.Resolve.ParentCycle", [closing.Plan.Title]));
            }
            for (var i = path.Count - 1; i >= 0; i--)
            {
                state[path[i].Id] = true;
                ordered.Add(path[i]);
            }
        }
        r.Objectives.Clear();
        r.Objectives.AddRange(ordered);
    }

    /// <summary>A file may not close a loop with what is stored (A under B saved, B under A in the file): the big
    /// picture's roll-up would never end. In-file parents override stored ones; a null in-file parent keeps the stored one.</summary>
    public static void NoLoopsThroughStored(ImportResolution r, ImportOrgData org, ResolveOptions o)
    {
        var inFile = r.Objectives.ToDictionary(x => x.Id);
        Guid? ParentOf(Guid id) => inFile.TryGetValue(id, out var f) ? f.ParentId ?? f.Existing?.ParentObjectiveId
            : org.ObjectivesById.TryGetValue(id, out var stored) ? stored.ParentObjectiveId : null;
        foreach (var ro in r.Objectives.Where(x => x.ParentId is not null))
        {
            var seen = new HashSet<Guid>();
            for (var current = ro.ParentId; current is { } c && seen.Add(c); current = ParentOf(c))
            {
                if (c != ro.Id) continue;
                r.Problems.Add(new ImportProblem(ro.Plan.Row, o.Column(ImportField.ParentObjectiveId), "Import.Resolve.ParentCycle", [ro.Plan.Title]));
                break;
            }
        }
    }
}
