using Fokus.Core.Coach;

namespace Fokus.Core.Tests.Coach;

public class KeyResultCoachTests
{
    [Theory]
    [InlineData("Ring 100 kalla samtal", "sv", KeyResultClass.Activity)]
    [InlineData("Få 15 nya kunder inom segment X", "sv", KeyResultClass.Outcome)]
    [InlineData("Make 100 calls", "en", KeyResultClass.Activity)]
    [InlineData("Win 15 new customers in segment X", "en", KeyResultClass.Outcome)]
    [InlineData("Halvera returerna", "sv", KeyResultClass.Outcome)]
    [InlineData("Double the leads", "en", KeyResultClass.Outcome)]
    [InlineData("25 nya medlemmar", "sv", KeyResultClass.Outcome)]
    [InlineData("Förbättra kundupplevelsen", "sv", KeyResultClass.Vague)]
    [InlineData("Improve communication", "en", KeyResultClass.Vague)]
    [InlineData("Håll 12 workshops med kunderna", "sv", KeyResultClass.Activity)]
    [InlineData("Publicera 20 blogginlägg", "sv", KeyResultClass.Activity)]
    [InlineData("Genomför 40 kundmöten", "sv", KeyResultClass.Activity)]
    [InlineData("Minska ledtiden från 12 till 8 dagar", "sv", KeyResultClass.Outcome)]
    [InlineData("Öka konverteringen från 1,8 % till 2,5 %", "sv", KeyResultClass.Outcome)]
    [InlineData("Reduce page load from 3.2 s to 1.5 s", "en", KeyResultClass.Outcome)]
    [InlineData("Deltagare på våra turer från 400 till 650", "sv", KeyResultClass.Outcome)]
    public void Classify_IssueExamples(string text, string language, KeyResultClass expected) =>
        Assert.Equal(expected, KeyResultCoach.Analyze(text, null, language).Classification);

    [Fact]
    public void Activity_NamesTheVerb_WithItsSpan_AndSuggestsAnOutcomeTemplate()
    {
        const string text = "Vi ska ringa 100 kalla samtal";
        var analysis = KeyResultCoach.Analyze(text, "sv", "sv");
        var finding = Assert.Single(analysis.Findings, f => f.Code == "activity");
        Assert.Equal("ringa", text.Substring(finding.Span!.Start, finding.Span.Length));
        Assert.Contains("ringa", finding.Message);
        Assert.StartsWith("Vinn nya kunder", finding.Suggestion);
        Assert.Equal(CoachSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Messages_AreInTheReadersLanguage_WhateverTheTextsLanguage()
    {
        var analysis = KeyResultCoach.Analyze("Publicera 20 blogginlägg", null, "en");
        Assert.Equal("sv", analysis.Language);
        var finding = Assert.Single(analysis.Findings, f => f.Code == "activity");
        Assert.Contains("describes something we do", finding.Message);
        Assert.StartsWith("Increase visitors and leads", finding.Suggestion);
    }

    [Fact]
    public void VagueText_IsNotMeasurable_AndItsVagueWordIsMarked()
    {
        const string text = "Effektivisera processerna";
        var analysis = KeyResultCoach.Analyze(text, null, "sv");
        Assert.Contains(analysis.Findings, f => f.Code == "not-measurable");
        var vague = Assert.Single(analysis.Findings, f => f.Code == "vague-word");
        Assert.Equal("Effektivisera", text.Substring(vague.Span!.Start, vague.Span.Length));
    }

    [Fact]
    public void TargetWithoutStart_HasNoBaseline_UnlessTheSavedKeyResultHasOne()
    {
        Assert.Contains(KeyResultCoach.Analyze("Nå 500 betalande kunder", "sv", "sv").Findings, f => f.Code == "no-baseline");
        Assert.DoesNotContain(KeyResultCoach.Analyze("Nå 500 betalande kunder", "sv", "sv", new KeyResultFacts(true, true, false)).Findings,
            f => f.Code == "no-baseline");
        Assert.DoesNotContain(KeyResultCoach.Analyze("Öka kunderna från 300 till 500", "sv", "sv").Findings, f => f.Code == "no-baseline");
    }

    [Fact]
    public void YesNoKeyResult_IsMarkedBinary()
    {
        Assert.Contains(KeyResultCoach.Analyze("Launch the new app", null, "en").Findings, f => f.Code == "binary");
        Assert.Contains(KeyResultCoach.Analyze("Ny kassa", "sv", "sv", new KeyResultFacts(false, true, true)).Findings, f => f.Code == "binary");
    }

    [Fact]
    public void Outcome_ScoresHigherThanActivity_AndActivityHigherThanVague()
    {
        var outcome = KeyResultCoach.Analyze("Öka återkommande kunder från 30 % till 45 %", "sv", "sv").Score;
        var activity = KeyResultCoach.Analyze("Skicka 5 000 nyhetsbrev", "sv", "sv").Score;
        var vague = KeyResultCoach.Analyze("Förbättra samarbetet", "sv", "sv").Score;
        Assert.True(outcome > activity && activity > vague, $"{outcome} {activity} {vague}");
    }
}
