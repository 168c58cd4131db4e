using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Web.Features.Review;

/// <summary>One objective's answers while the wizard is open; sent in one request per objective.</summary>
public sealed class ReviewForm
{
    public required ReviewObjectiveDto Objective { get; init; }
    public Dictionary<Guid, decimal?> Scores { get; } = [];
    public ObjectiveOutcome Outcome { get; set; }
    public string? WhatWorked { get; set; }
    public string? WhatDidNot { get; set; }
    public string? DoDifferently { get; set; }
    public ObjectiveDecision? Decision { get; set; }
    public HashSet<Guid> Carry { get; } = [];

    public static ReviewForm From(ReviewObjectiveDto o)
    {
        var form = new ReviewForm
        {
            Objective = o, Outcome = o.Outcome ?? o.SuggestedOutcome, WhatWorked = o.WhatWorked, WhatDidNot = o.WhatDidNot,
            DoDifferently = o.DoDifferently, Decision = o.Decision,
        };
        foreach (var k in o.KeyResults)
        {
            form.Scores[k.Id] = k.Score ?? k.SuggestedScore;
            if (k.Carry) form.Carry.Add(k.Id);
        }
        return form;
    }

    /// <summary>Choosing keep or modify the first time carries every key result; the person then unticks what ends.</summary>
    public void Decide(ObjectiveDecision decision)
    {
        var carriedBefore = QuarterTransition.CarriesOver(Decision);
        Decision = decision;
        if (QuarterTransition.CarriesOver(decision))
        {
            if (!carriedBefore && Carry.Count == 0) Carry.UnionWith(Objective.KeyResults.Select(k => k.Id));
        }
        else Carry.Clear();
    }

    public SaveReviewRequest ToRequest() => new(Scores.Select(s => new KeyResultScoreInput(s.Key, s.Value)).ToList(), Outcome,
        WhatWorked ?? "", WhatDidNot ?? "", DoDifferently ?? "", Decision, Carry.ToList());
}
