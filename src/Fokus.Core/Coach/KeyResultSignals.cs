namespace Fokus.Core.Coach;

/// <summary>What a key result's text says, word by word, before any judgement.</summary>
internal sealed record KeyResultSignals(
    WordMatch? ActivityLead, WordMatch? ActivityParticiple, WordMatch? ActivityNoun,
    WordMatch? OutcomeVerb, bool MetricNoun, bool HasNumber, bool HasMeasureWord, bool HasBaseline, bool HasComparator,
    bool NumberAfterOutcomeVerb, bool NumberNextToActivityNoun, IReadOnlyList<WordMatch> VagueWords, WordMatch? BinaryWord)
{
    public bool Measured => HasNumber || HasMeasureWord;

    /// <summary>Set when the saved key result has start and target values (or is a milestone).</summary>
    public bool SavedMeasure { get; init; }

    public static KeyResultSignals Read(TextScanner scan, Lexicon lx)
    {
        var lead = scan.LeadIndex(lx.Filler);
        var metricMatches = scan.Heads(lx.MetricNouns).ToList();
        var metricHeads = metricMatches.Select(m => m.TokenIndex).ToHashSet();
        // "Deltagare" begins like the verb "delta" but is the noun: a longer noun reading of the same word wins.
        var activityLead = First(scan.WordStarts(lx.ActivityVerbs, lead, lead + 1)
            .Where(v => !metricMatches.Any(n => n.TokenIndex == v.TokenIndex && n.Stem.Length > v.Stem.Length && scan.Tokens[v.TokenIndex].Text.StartsWith(n.Stem, StringComparison.Ordinal))));
        var outcome = First(scan.WordStarts(lx.OutcomeVerbs));
        var activityNoun = First(scan.Heads(lx.ActivityNouns));
        var numbers = scan.Tokens.Select((t, i) => (t, i)).Where(x => x.t.IsNumber).Select(x => x.i).ToList();
        return new KeyResultSignals(
            activityLead,
            First(scan.WordStarts(lx.ActivityParticiples)),
            activityNoun,
            outcome,
            metricHeads.Count > 0,
            scan.HasNumber,
            scan.WordStarts(lx.MeasureWords).Any(),
            scan.WordStarts(lx.BaselineWords).Any(b => numbers.Any(n => n > b.TokenIndex)),
            scan.WordStarts(lx.ComparatorWords).Any(),
            outcome is { } o && (numbers.Any(n => n > o.TokenIndex) || scan.WordStarts(lx.MeasureWords, o.TokenIndex).Any()),
            activityNoun is { } a && numbers.Any(n => a.TokenIndex - n is > 0 and <= 3),
            scan.WordStarts(lx.VagueWords).DistinctBy(m => m.TokenIndex).ToList(),
            First(scan.WordStarts(lx.BinaryWords)));
    }

    private static WordMatch? First(IEnumerable<WordMatch> matches)
    {
        foreach (var m in matches) return m;
        return null;
    }
}
