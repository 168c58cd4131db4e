using System.Text;
using System.Text.RegularExpressions;

namespace Fokus.Core.Coach;

/// <summary>The key result's own numbers and words for a suggested rewrite, already formatted for the reader ("12 %", "1 200 kr").</summary>
public sealed record SuggestionValues(string? Start, string? Target, string? Metric);

/// <summary>
/// Fills a suggestion template. Every slot is written <c>{name|words}</c>: the key result's own value when it is
/// known, else the template's own plain words, so no brace ever reaches a text field.
/// </summary>
public static partial class OutcomeTemplate
{
    public static readonly IReadOnlySet<string> Slots = new HashSet<string>(StringComparer.Ordinal) { "start", "target", "metric" };

    /// <summary>The template's slots (name and fallback words), for the tests that check every template.</summary>
    public static IReadOnlyList<(string Name, string? Fallback)> SlotsIn(string template) =>
        SlotPattern().Matches(template).Select(m => (m.Groups["name"].Value, m.Groups["words"].Success ? m.Groups["words"].Value : null)).ToList();

    /// <param name="textMetric">The metric word the key result's own text uses ("customers"), preferred over the unit.</param>
    public static string Fill(string template, SuggestionValues? values, string? textMetric = null)
    {
        var filled = SlotPattern().Replace(template, m =>
        {
            var own = m.Groups["name"].Value switch
            {
                "start" => values?.Start,
                "target" => values?.Target,
                "metric" => Blank(textMetric) ? values?.Metric : textMetric,
                _ => null,
            };
            return !Blank(own) ? own!.Trim() : m.Groups["words"].Success ? m.Groups["words"].Value : "";
        });
        // A malformed template must still never show a brace: drop any that is left and tidy the spaces.
        var clean = new StringBuilder(filled.Length);
        foreach (var c in filled) if (c is not ('{' or '}')) clean.Append(c);
        return Spaces().Replace(clean.ToString(), " ").Trim();
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    [GeneratedRegex(@"\{(?<name>[^{}|]*)(\|(?<words>[^{}]*))?\}")]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex Spaces();
}
