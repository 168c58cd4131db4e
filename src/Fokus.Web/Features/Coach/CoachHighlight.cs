using Fokus.Core.Coach;

namespace Fokus.Web.Features.Coach;

/// <summary>Cuts a text into plain and highlighted parts from the coach's spans; overlapping spans merge.</summary>
public static class CoachHighlight
{
    public static IReadOnlyList<(string Part, bool Hit)> Split(string text, IEnumerable<TextSpan> spans)
    {
        var ranges = spans.Where(s => s.Length > 0 && s.Start >= 0 && s.Start < text.Length)
            .Select(s => (Start: s.Start, End: Math.Min(text.Length, s.Start + s.Length)))
            .OrderBy(r => r.Start).ToList();
        var parts = new List<(string, bool)>();
        var at = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= at) continue;
            var from = Math.Max(start, at);
            if (from > at) parts.Add((text[at..from], false));
            parts.Add((text[from..end], true));
            at = end;
        }
        if (at < text.Length) parts.Add((text[at..], false));
        return parts;
    }
}
