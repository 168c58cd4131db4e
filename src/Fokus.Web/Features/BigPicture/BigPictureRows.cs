using Fokus.Core.Model;

namespace Fokus.Web.Features.BigPicture;

/// <summary>One visible line of the big picture: an objective, or one of its key results when they are shown.</summary>
public sealed record BigPictureRow(BigPictureNode Node, BigPictureKeyResult? KeyResult, int Depth, bool Expanded, bool KeyResultsShown, bool Matches);

/// <summary>What the person filters the big picture by; every part is optional.</summary>
public sealed record BigPictureFilter(string? Text = null, Guid? TeamId = null, Guid? PersonId = null, KeyResultStatus? Status = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && TeamId is null && PersonId is null && Status is null;

    public bool Matches(BigPictureNode n) =>
        (TeamId is null || n.OwnerTeamId == TeamId)
        && (PersonId is null || n.OwnerPersonId == PersonId || n.KeyResults.Any(k => k.OwnerPersonId == PersonId))
        && (Status is null || n.Status == Status)
        && (string.IsNullOrWhiteSpace(Text) || Contains(n.Title) || Contains(n.OwnerName) || n.KeyResults.Any(k => Contains(k.Title)));

    private bool Contains(string? s) => s is not null && s.Contains(Text!.Trim(), StringComparison.CurrentCultureIgnoreCase);
}

/// <summary>
/// Flattens the tree into the rows to show, so that a list of thousands of objectives can be virtualised:
/// only expanded branches are walked. A filter shows the matching objectives with the path down to them.
/// </summary>
public static class BigPictureRows
{
    public static IReadOnlyList<BigPictureRow> Flatten(IReadOnlyList<BigPictureNode> roots, IReadOnlySet<Guid> expanded,
        IReadOnlySet<Guid> keyResultsShown, BigPictureFilter filter)
    {
        var rows = new List<BigPictureRow>();
        if (filter.IsEmpty)
        {
            foreach (var root in roots) Walk(root, 0, expanded, keyResultsShown, rows);
            return rows;
        }
        var onPath = new HashSet<Guid>();
        foreach (var root in roots) Mark(root, filter, onPath);
        foreach (var root in roots.Where(r => onPath.Contains(r.Id))) WalkFiltered(root, 0, filter, onPath, keyResultsShown, rows);
        return rows;
    }

    private static void Walk(BigPictureNode n, int depth, IReadOnlySet<Guid> expanded, IReadOnlySet<Guid> krs, List<BigPictureRow> rows)
    {
        var open = expanded.Contains(n.Id);
        AddWithKeyResults(n, depth, open, krs.Contains(n.Id), true, rows);
        if (!open) return;
        foreach (var child in n.Children) Walk(child, depth + 1, expanded, krs, rows);
    }

    // True when the node or any descendant matches; those nodes are the ones a filtered view shows.
    private static bool Mark(BigPictureNode n, BigPictureFilter filter, HashSet<Guid> onPath)
    {
        var any = filter.Matches(n);
        foreach (var child in n.Children) any |= Mark(child, filter, onPath);
        if (any) onPath.Add(n.Id);
        return any;
    }

    private static void WalkFiltered(BigPictureNode n, int depth, BigPictureFilter filter, HashSet<Guid> onPath,
        IReadOnlySet<Guid> krs, List<BigPictureRow> rows)
    {
        var children = n.Children.Where(c => onPath.Contains(c.Id)).ToList();
        AddWithKeyResults(n, depth, children.Count > 0, krs.Contains(n.Id), filter.Matches(n), rows);
        foreach (var child in children) WalkFiltered(child, depth + 1, filter, onPath, krs, rows);
    }

    private static void AddWithKeyResults(BigPictureNode n, int depth, bool open, bool showKrs, bool matches, List<BigPictureRow> rows)
    {
        rows.Add(new BigPictureRow(n, null, depth, open, showKrs, matches));
        if (!showKrs) return;
        foreach (var kr in n.KeyResults) rows.Add(new BigPictureRow(n, kr, depth + 1, false, true, matches));
    }
}
