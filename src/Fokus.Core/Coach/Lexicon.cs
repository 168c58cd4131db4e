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
