namespace Fokus.Core.Coach;

/// <summary>
/// Picks the lexicon that recognises most of the text's words (common words, and the coach's own
/// verbs and nouns, inflected); Swedish letters count for Swedish and settle a tie.
/// </summary>
public static class LanguageDetector
{
    public static string Detect(string text) => Detect(new TextScanner(text), text);

    internal static string Detect(TextScanner scan, string text)
    {
        var words = scan.Tokens.Where(t => !t.IsNumber).Select(t => t.Text).ToList();
        var swedishLetters = text.Any(c => "åäöÅÄÖ".Contains(c));
        var best = Lexicon.Languages
            .Select(language => (language, score: Score(scan, words, Lexicon.For(language)) + (swedishLetters && language == "sv" ? 1.5 : 0)))
            .OrderByDescending(x => x.score).ThenBy(x => x.language == "sv" ? 0 : 1).ToList();
        return best.Count > 1 && best[0].score == 0 ? (swedishLetters ? "sv" : "en") : best[0].language;
    }

    private static double Score(TextScanner scan, List<string> words, Lexicon lx)
    {
        var common = words.Count(w => lx.Detect.Contains(w));
        var recognised = scan.WordStarts(lx.RecognisedStems).Select(m => m.TokenIndex)
            .Concat(scan.Heads(lx.RecognisedNouns).Select(m => m.TokenIndex))
            .Distinct().Count();
        return common + recognised;
    }
}
