namespace Fokus.Core.Coach;

public sealed record KeyResultDraft(string Text, bool HasOwner, bool HasStartAndTarget, bool IsMilestone, SuggestionValues? Values = null);

public sealed record ObjectiveDraft(string Title, IReadOnlyList<KeyResultDraft> KeyResults, bool HasParent, bool OrganisationHasStrategicObjectives);

public sealed record ObjectiveAnalysis(string Language, int Score, IReadOnlyList<CoachFinding> Findings, IReadOnlyList<KeyResultAnalysis> KeyResults);

/// <summary>Coaches an objective's text, and the objective together with its key results.</summary>
public static class ObjectiveCoach
{
    public const int MaxKeyResults = 5;
    public const int MinKeyResults = 2;
    public const int MaxObjectivesPerPeriod = 5;

    public static ObjectiveTextAnalysis AnalyzeText(string title, string? language, string readerLanguage)
    {
        var scan = new TextScanner(title);
        var lang = language is not null && Lexicon.Has(language) ? language : LanguageDetector.Detect(scan, title);
        var lx = Lexicon.For(lang);
        var reader = Lexicon.For(readerLanguage);
        var findings = new List<CoachFinding>();
        if (scan.Tokens.FirstOrDefault(t => t.IsNumber || t.Text == "%") is { Text: not null } number)
            findings.Add(new("objective-has-metric", CoachSeverity.Info, reader.Message("objective-has-metric"), new TextSpan(number.Start, number.Length), null));
        var lead = scan.LeadIndex(lx.Filler);
        foreach (var activity in scan.WordStarts(lx.ActivityVerbs, lead, lead + 1).Take(1))
            findings.Add(new("objective-is-activity", CoachSeverity.Warning,
                reader.Message("objective-is-activity", title.Substring(activity.Start, activity.Length)), new TextSpan(activity.Start, activity.Length), null));
        var score = 100 - findings.Sum(f => f.Severity == CoachSeverity.Warning ? 30 : 10);
        return new ObjectiveTextAnalysis(lang, Math.Clamp(score, 0, 100), findings);
    }

    public static ObjectiveAnalysis Analyze(ObjectiveDraft draft, string? language, string readerLanguage)
    {
        var text = AnalyzeText(draft.Title, language, readerLanguage);
        var reader = Lexicon.For(readerLanguage);
        var krs = draft.KeyResults.Select(k => KeyResultCoach.Analyze(k.Text, language, readerLanguage,
            new KeyResultFacts(k.HasStartAndTarget, k.HasOwner, k.IsMilestone), k.Values)).ToList();
        var findings = new List<CoachFinding>(text.Findings);
        var count = draft.KeyResults.Count;
        if (count > MaxKeyResults) findings.Add(new("too-many-krs", CoachSeverity.Warning, reader.Message("too-many-krs", count), null, null));
        if (count < MinKeyResults) findings.Add(new("too-few-krs", CoachSeverity.Warning, reader.Message("too-few-krs"), null, null));
        if (count > 0 && krs.All(k => k.Classification == KeyResultClass.Activity))
            findings.Add(new("all-activities", CoachSeverity.Error, reader.Message("all-activities"), null, null));
        foreach (var (a, b) in NearDuplicates(draft.KeyResults.Select(k => k.Text).ToList()))
            findings.Add(new("duplicate-krs", CoachSeverity.Warning, reader.Message("duplicate-krs", a, b), null, null));
        foreach (var kr in draft.KeyResults.Where(k => !k.HasOwner))
            findings.Add(new("no-owner", CoachSeverity.Warning, reader.Message("no-owner", kr.Text), null, null));
        if (!draft.HasParent && draft.OrganisationHasStrategicObjectives)
            findings.Add(new("not-aligned", CoachSeverity.Info, reader.Message("not-aligned"), null, null));

        var krScore = krs.Count == 0 ? 0 : krs.Average(k => k.Score);
        var setPenalty = findings.Except(text.Findings).Sum(f => f.Severity switch { CoachSeverity.Error => 25, CoachSeverity.Warning => 10, _ => 5 });
        var score = (int)Math.Round(0.3 * text.Score + 0.7 * krScore) - setPenalty;
        return new ObjectiveAnalysis(text.Language, Math.Clamp(score, 0, 100), findings, krs);
    }

    /// <summary>Pairs whose word sets overlap by 80 % or more (Jaccard).</summary>
    internal static IEnumerable<(string, string)> NearDuplicates(IReadOnlyList<string> texts)
    {
        var words = texts.Select(t => new TextScanner(t).Tokens.Select(x => x.Text).ToHashSet()).ToList();
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
            {
                var union = words[i].Union(words[j]).Count();
                if (union > 0 && words[i].Intersect(words[j]).Count() / (double)union >= 0.8) yield return (texts[i], texts[j]);
            }
    }
}
