using Fokus.Core.Coach;

namespace Fokus.Core.Tests.Coach;

public class ObjectiveCoachTests
{
    private static KeyResultDraft Kr(string text, bool owner = true) => new(text, owner, false, false);

    [Fact]
    public void ObjectiveWithNumbers_OrWrittenAsAnActivity_IsFlagged()
    {
        Assert.Contains(ObjectiveCoach.AnalyzeText("Öka omsättningen med 20 %", "sv", "sv").Findings, f => f.Code == "objective-has-metric");
        Assert.Contains(ObjectiveCoach.AnalyzeText("Launch the partner programme", "en", "en").Findings, f => f.Code == "objective-is-activity");
        Assert.Empty(ObjectiveCoach.AnalyzeText("Kunderna älskar vår onboarding", "sv", "sv").Findings);
    }

    [Fact]
    public void ObjectiveWithItsKeyResults_GetsSetFindings()
    {
        var draft = new ObjectiveDraft("Customers love our onboarding", [Kr("Send 500 emails to customers"), Kr("Send 500 emails to all customers", owner: false)],
            HasParent: false, OrganisationHasStrategicObjectives: true);
        var codes = ObjectiveCoach.Analyze(draft, "en", "en").Findings.Select(f => f.Code).ToList();
        Assert.Contains("all-activities", codes);
        Assert.Contains("duplicate-krs", codes);
        Assert.Contains("no-owner", codes);
        Assert.Contains("not-aligned", codes);
        Assert.DoesNotContain("too-few-krs", codes);
    }

    [Theory]
    [InlineData(1, "too-few-krs")]
    [InlineData(6, "too-many-krs")]
    public void KeyResultCount_OutsideTwoToFive_IsFlagged(int count, string code)
    {
        var krs = Enumerable.Range(1, count).Select(i => Kr($"Reach {i * 100} paying customers in region {i}")).ToList();
        var analysis = ObjectiveCoach.Analyze(new ObjectiveDraft("Customers love us", krs, true, true), "en", "en");
        Assert.Contains(analysis.Findings, f => f.Code == code);
    }

    [Fact]
    public void GoodObjective_ScoresHigherThanAnActivityList()
    {
        var good = ObjectiveCoach.Analyze(new ObjectiveDraft("Kunderna stannar hos oss",
            [Kr("Minska churn från 4 % till 2 % per månad"), Kr("Öka NPS från 30 till 45")], true, true), "sv", "sv").Score;
        var bad = ObjectiveCoach.Analyze(new ObjectiveDraft("Ring kunder",
            [Kr("Ring 100 kunder"), Kr("Skicka 200 mejl")], false, true), "sv", "sv").Score;
        Assert.True(good > bad + 30, $"{good} vs {bad}");
    }
}
