using System.Text.RegularExpressions;

namespace Fokus.Core.Coach;

internal readonly record struct Token(int Start, string Text)
{
    public int Length => Text.Length;
    public bool IsNumber => char.IsDigit(Text[0]);
}

internal readonly record struct WordMatch(int TokenIndex, int Start, int Length, string Stem);

/// <summary>
/// Finds lexicon words in a text, tolerant of inflection ("ringer", "calls") and of Swedish compounds,
/// whose last part carries the meaning ("kundmöten" is meetings, "kundbesök" a visit).
/// </summary>
internal sealed partial class TextScanner
{
    private const int MaxSuffix = 5;
    private readonly string lower;

    public TextScanner(string text)
    {
        lower = text.ToLowerInvariant();
        Tokens = TokenPattern().Matches(lower).Select(m => new Token(m.Index, m.Value)).ToList();
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>A quantity: a number that is not merely a year ("under 2025", "by 2027").</summary>
    public bool HasNumber => Tokens.Any(t => t.IsNumber && !IsYear(t));

    private static bool IsYear(Token t) => t.Length == 4 && int.TryParse(t.Text, out var n) && n is >= 1900 and <= 2100;

    /// <summary>Words that begin with a stem: verbs and their forms. A stem ending in a space is a whole word; one with a space inside is a phrase.</summary>
    public IEnumerable<WordMatch> WordStarts(IEnumerable<string> stems, int from = 0, int to = int.MaxValue)
    {
        for (var i = from; i < Math.Min(to, Tokens.Count); i++)
        {
            var token = Tokens[i];
            foreach (var stem in stems)
            {
                var trimmed = stem.TrimEnd();
                var whole = stem.EndsWith(' ');
                if (trimmed.Contains(' ') || !char.IsLetterOrDigit(trimmed[0]))
                {
                    if (PhraseLength(token, trimmed, whole) is { } length)
                        yield return new WordMatch(i, token.Start, length, trimmed);
                }
                else if (token.Text.StartsWith(trimmed, StringComparison.Ordinal)
                    && (whole ? token.Length == trimmed.Length : token.Length - trimmed.Length <= MaxSuffix))
                    yield return new WordMatch(i, token.Start, token.Length, trimmed);
            }
        }
    }

    /// <summary>Nouns, also as the last part of a compound, with an inflection ending.</summary>
    public IEnumerable<WordMatch> Heads(IEnumerable<string> stems)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            var token = Tokens[i];
            foreach (var stem in stems)
            {
                if (stem.Contains(' '))
                {
                    if (string.CompareOrdinal(lower, token.Start, stem, 0, stem.Length) == 0)
                        yield return new WordMatch(i, token.Start, stem.Length, stem);
                    continue;
                }
                var at = token.Text.LastIndexOf(stem, StringComparison.Ordinal);
                if (at >= 0 && token.Length - (at + stem.Length) <= MaxSuffix && (at == 0 || at >= 3))
                    yield return new WordMatch(i, token.Start, token.Length, stem);
            }
        }
    }

    /// <summary>The first token that is not a filler word ("vi ska", "we will").</summary>
    public int LeadIndex(IReadOnlySet<string> filler)
    {
        var i = 0;
        while (i < Tokens.Count && filler.Contains(Tokens[i].Text))
            i++;
        return i;
    }

    /// <summary>A phrase whose first word may be inflected: "köp in" also finds "köpa in".</summary>
    private int? PhraseLength(Token token, string phrase, bool whole)
    {
        var space = phrase.IndexOf(' ');
        if (space < 0)
            return string.CompareOrdinal(lower, token.Start, phrase, 0, phrase.Length) == 0 && EndsAtWord(token.Start + phrase.Length, whole) ? phrase.Length : null;
        var first = phrase[..space];
        if (!token.Text.StartsWith(first, StringComparison.Ordinal) || token.Length - first.Length > 2) return null;
        var rest = phrase[space..];
        var end = token.Start + token.Length;
        return string.CompareOrdinal(lower, end, rest, 0, rest.Length) == 0 && EndsAtWord(end + rest.Length, whole)
            ? end + rest.Length - token.Start : null;
    }

    private bool EndsAtWord(int end, bool whole) =>
        end >= lower.Length || !whole || !char.IsLetterOrDigit(lower[end]);

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\d\-']*|\d+(?:[ \u00a0.,:]\d+)*|[%≥≤<>$€£]")]
    private static partial Regex TokenPattern();
}
