namespace Fokus.Core.Coach;

/// <summary>
/// Judges a key result's text, offline and deterministically: outcome, activity or vague, with findings
/// that name the words behind the judgement.
/// </summary>
public static class KeyResultCoach
{
    public const int MaxLength = 1000;

    /// <param name="values">The key result's own numbers and words for the suggested rewrite; missing ones become plain words.</param>
    public static KeyResultAnalysis Analyze(string text, string? language, string readerLanguage, KeyResultFacts? facts = null,
        SuggestionValues? values = null)
    {
        var scan = new TextScanner(text);
        var lang = language is not null && Lexicon.Has(language) ? language : LanguageDetector.Detect(scan, text);
        var lx = Lexicon.For(lang);
        var reader = Lexicon.For(readerLanguage);
        // A saved key result carries its numbers in its start and target, not in its title.
        var s = KeyResultSignals.Read(scan, lx) with { SavedMeasure = facts is { HasStartAndTarget: true } or { IsMilestone: true } };
        var classification = Classify(s);
        var findings = new List<CoachFinding>();

        if (classification == KeyResultClass.Activity && (s.ActivityLead ?? s.ActivityParticiple ?? s.ActivityNoun) is { } activity)
            findings.Add(new("activity", CoachSeverity.Warning, reader.Message("activity", Quote(text, activity)),
                new TextSpan(activity.Start, activity.Length), Suggest(text, scan, lx, reader, values)));
        var measuredBySaved = facts is { HasStartAndTarget: true };
        if (!s.Measured && !measuredBySaved && facts is not { IsMilestone: true })
            findings.Add(new("not-measurable", CoachSeverity.Warning, reader.Message("not-measurable"), null, null));
        if (classification == KeyResultClass.Outcome && s.HasNumber && !s.HasBaseline && !s.HasComparator && !measuredBySaved)
            findings.Add(new("no-baseline", CoachSeverity.Info, reader.Message("no-baseline"), null, null));
        foreach (var vague in s.VagueWords)
            findings.Add(new("vague-word", s.Measured ? CoachSeverity.Info : CoachSeverity.Warning, reader.Message("vague-word", Quote(text, vague)),
                new TextSpan(vague.Start, vague.Length), null));
        if ((s.BinaryWord is not null && !s.HasNumber) || facts is { IsMilestone: true })
            findings.Add(new("binary", CoachSeverity.Info, reader.Message("binary"),
                s.BinaryWord is { } b ? new TextSpan(b.Start, b.Length) : null, null));

        return new KeyResultAnalysis(lang, classification, Score(classification, s, findings), findings);
    }

    internal static KeyResultClass Classify(KeyResultSignals s)
    {
        var countsActivities = s.ActivityNoun is not null && !s.MetricNoun;
        var activityFirst = s.ActivityLead is { } lead && s.OutcomeVerb is { } verb && verb.TokenIndex <= lead.TokenIndex;
        // A measured effect wins, even when the sentence starts with the activity that should cause it.
        if (s.OutcomeVerb is not null && s.NumberAfterOutcomeVerb && !countsActivities && !activityFirst)
            return KeyResultClass.Outcome;
        if (s.ActivityLead is not null || s.ActivityParticiple is not null)
        {
            if (!s.HasNumber && s.VagueWords.Count > 0 && s.ActivityNoun is null) return KeyResultClass.Vague;
            if (s.MetricNoun && (s.Measured || s.SavedMeasure) && (s.HasComparator || s.HasBaseline || s.SavedMeasure) && s.ActivityNoun is null)
                return KeyResultClass.Outcome;
            return KeyResultClass.Activity;
        }
        if (countsActivities) return KeyResultClass.Activity;
        return s.Measured || s.SavedMeasure ? KeyResultClass.Outcome : KeyResultClass.Vague;
    }

    private static int Score(KeyResultClass classification, KeyResultSignals s, List<CoachFinding> findings)
    {
        var score = classification switch { KeyResultClass.Outcome => 85, KeyResultClass.Activity => 35, _ => 20 };
        if (s.HasBaseline) score += 10;
        score -= findings.Sum(f => f.Severity switch { CoachSeverity.Error => 20, CoachSeverity.Warning => 10, _ => 5 });
        return Math.Clamp(score, 0, 100);
    }

    private static string Suggest(string text, TextScanner scan, Lexicon lx, Lexicon reader, SuggestionValues? values)
    {
        var index = Array.FindIndex(lx.Suggestions, t => scan.WordStarts(t.Triggers).Any() || scan.Heads(t.Triggers).Any());
        // Templates are matched by domain across languages: the same position in each file means the same domain.
        var template = index >= 0 && index < reader.Suggestions.Length ? reader.Suggestions[index].Text : reader.DefaultSuggestion;
        // A unit that names the activity ("calls") would turn the outcome back into an activity: plain words instead.
        var unit = values?.Metric is { } u && !new TextScanner(u).Heads(lx.ActivityNouns.Concat(reader.ActivityNouns)).Any() ? u : null;
        return OutcomeTemplate.Fill(template, values is null ? null : values with { Metric = unit }, MetricWord(text, scan, lx));
    }

    /// <summary>The text's own word for what is measured ("customers"), as the person wrote it.</summary>
    private static string? MetricWord(string text, TextScanner scan, Lexicon lx)
    {
        foreach (var m in scan.Heads(lx.MetricNouns))
        {
            var token = scan.Tokens[m.TokenIndex];
            if (token.Start + token.Length <= text.Length) return text.Substring(token.Start, token.Length);
        }
        return null;
    }

    private static string Quote(string text, WordMatch match) => text.Substring(match.Start, match.Length);
}
