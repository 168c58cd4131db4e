using System.Text.Json;

namespace Fokus.Core.Coach;

public sealed record SuggestionTemplate(string[] Triggers, string Text);

/// <summary>One language's words and messages for the coach, read from an embedded JSON file.</summary>
public sealed record Lexicon(
    string Language, string[] Detect, string[] LeadingFiller, string[] ActivityVerbs, string[] ActivityParticiples,
    string[] ActivityNouns, string[] OutcomeVerbs, string[] MetricNouns, string[] MeasureWords, string[] UnitWords,
    string[] BaselineWords, string[] ComparatorWords, string[] VagueWords, string[] BinaryWords,
    Dictionary<string, string> Messages, SuggestionTemplate[] Suggestions, string DefaultSuggestion)
{
    private const string Prefix = "Fokus.Core.Coach.Lexicons.";
    private static readonly Lazy<IReadOnlyDictionary<string, Lexicon>> All = new(Load);

    public static IReadOnlyCollection<string> Languages => All.Value.Keys.ToList();

    public static Lexicon For(string language) =>
        All.Value.TryGetValue(language, out var lexicon) ? lexicon : All.Value["en"];

    public static bool Has(string language) => All.Value.ContainsKey(language);

    private HashSet<string>? filler;
    private string[]? recognisedStems;
    private string[]? recognisedNouns;

    /// <summary>Words skipped before the leading verb ("vi ska", "we will").</summary>
    public IReadOnlySet<string> Filler => filler ??= LeadingFiller.ToHashSet(StringComparer.Ordinal);

    /// <summary>Verb-like stems the language detector counts as this language's words.</summary>
    public string[] RecognisedStems => recognisedStems ??= ActivityVerbs.Concat(OutcomeVerbs).Concat(VagueWords)
        .Concat(ActivityParticiples).Where(s => s.Trim().Length >= 3).ToArray();

    /// <summary>Nouns the language detector counts as this language's words.</summary>
    public string[] RecognisedNouns => recognisedNouns ??= ActivityNouns.Concat(MetricNouns).Where(s => s.Length >= 3).ToArray();

    public string Message(string code, params object[] args) =>
        Messages.TryGetValue(code, out var text) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args) : code;

    private static Dictionary<string, Lexicon> Load()
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var assembly = typeof(Lexicon).Assembly;
        var lexicons = new Dictionary<string, Lexicon>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var lexicon = JsonSerializer.Deserialize<Lexicon>(stream, options)
                ?? throw new InvalidOperationException($"Empty lexicon {name}");
            lexicons[lexicon.Language] = lexicon;
        }
        return lexicons;
    }
}
