namespace Fokus.Core.Rules;

/// <summary>How alike two short texts are: the share of their meaningful words they have in common (Jaccard, 0–1).</summary>
public static class TextSimilarity
{
    public static double Of(string? a, string? b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        return x.Intersect(y).Count() / (double)x.Union(y).Count();
    }

    /// <summary>Lower-cased words of three letters or more; a Swedish or English inflection's last letters are cut so "kunder" meets "kunderna".</summary>
    public static HashSet<string> Words(string? text) =>
        new string((text ?? "").ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3)
            .Select(Stem)
            .ToHashSet();

    private static string Stem(string w) => w.Length > 6 ? w[..6] : w;
}
