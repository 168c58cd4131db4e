using Fokus.Core.Coach;

namespace Fokus.Core.Tests.Coach;

/// <summary>Every suggestion template in every lexicon is filled from the key result, and never shows a placeholder.</summary>
public class OutcomeTemplateTests
{
    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Lexicon.Languages)
        {
            var lx = Lexicon.For(language);
            foreach (var t in lx.Suggestions) data.Add(language, t.Text);
            data.Add(language, lx.DefaultSuggestion);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EverySlot_IsKnown_AndHasItsOwnPlainWords(string language, string template)
    {
        var slots = OutcomeTemplate.SlotsIn(template);
        Assert.All(slots, s => Assert.Contains(s.Name, OutcomeTemplate.Slots));
        Assert.All(slots, s => Assert.False(string.IsNullOrWhiteSpace(s.Fallback), $"{language}: {{{s.Name}}} has no words of its own"));
        // Every brace in the template belongs to a slot.
        Assert.Equal(template.Count(c => c == '{'), slots.Count);
        Assert.Equal(template.Count(c => c == '}'), slots.Count);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Filled_WithNothingKnown_HasNoBrace(string language, string template)
    {
        var filled = OutcomeTemplate.Fill(template, null);
        Assert.DoesNotContain('{', filled);
        Assert.DoesNotContain('}', filled);
        Assert.DoesNotContain("  ", filled);
        Assert.False(string.IsNullOrWhiteSpace(filled), language);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Filled_WithTheKeyResultsNumbers_ShowsThem(string language, string template)
    {
        var filled = OutcomeTemplate.Fill(template, new SuggestionValues("12 %", "40 %", "subscribers"));
        Assert.DoesNotContain('{', filled);
        Assert.Contains("12 %", filled);
        Assert.Contains("40 %", filled);
        if (template.Contains("{metric", StringComparison.Ordinal)) Assert.Contains("subscribers", filled);
        Assert.False(string.IsNullOrWhiteSpace(language));
    }

    [Theory]
    [InlineData("Ring 100 kalla samtal till kunder", "sv", "Vinn nya kunder, från 0 till 100 samtal")]
    [InlineData("Make 100 calls", "en", "Win new customers, from 0 to 100 samtal")]
    [InlineData("Publicera 20 blogginlägg", "sv", "Öka antalet besökare och leads per månad från 0 till 100 samtal")]
    public void ActivitySuggestion_CarriesTheKeyResultsOwnNumbersAndWords(string text, string reader, string expected)
    {
        var analysis = KeyResultCoach.Analyze(text, null, reader, null, new SuggestionValues("0", "100 samtal", null));
        Assert.Equal(expected, Assert.Single(analysis.Findings, f => f.Code == "activity").Suggestion);
    }

    [Fact]
    public void AUnitThatNamesTheActivity_IsNotUsedAsTheMetric()
    {
        var analysis = KeyResultCoach.Analyze("Publish 20 posts", "en", "en", null, new SuggestionValues("0", "20", "blog posts"));
        Assert.Equal("Increase visitors and leads per month from 0 to 20", Assert.Single(analysis.Findings, f => f.Code == "activity").Suggestion);
        var kept = KeyResultCoach.Analyze("Publish 20 posts", "en", "en", null, new SuggestionValues("0", "20", "subscribers"));
        Assert.Equal("Increase subscribers per month from 0 to 20", Assert.Single(kept.Findings, f => f.Code == "activity").Suggestion);
    }

    [Fact]
    public void ActivitySuggestion_WithoutNumbers_UsesPlainWords_NeverPlaceholders()
    {
        var analysis = KeyResultCoach.Analyze("Make 100 calls", "en", "en");
        Assert.Equal("Win new customers, from today's number to the number you aim for",
            Assert.Single(analysis.Findings, f => f.Code == "activity").Suggestion);
    }

    [Theory]
    [InlineData("Win {metric} from {start|now}", "Win from now")]
    [InlineData("Odd {unknown} {", "Odd")]
    public void MalformedTemplate_StillShowsNoBrace(string template, string expected) =>
        Assert.Equal(expected, OutcomeTemplate.Fill(template, null));

    [Fact]
    public void EveryActivityText_InTheLabelledSet_GetsASuggestionWithoutBraces()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Coach", "labelled-key-results.tsv");
        var texts = File.Exists(path) ? File.ReadLines(path).Skip(1).Select(l => l.Split('\t')[3]).ToList() : [];
        Assert.NotEmpty(texts);
        var suggestions = texts.SelectMany(t => new[] { "sv", "en" }.Select(r => KeyResultCoach.Analyze(t, null, r)))
            .SelectMany(a => a.Findings).Select(f => f.Suggestion).OfType<string>().ToList();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.DoesNotContain('{', s));
    }
}
