namespace Fokus.Core.Model;

public enum ObjectiveOutcome { Achieved, PartlyAchieved, Missed }

public enum ObjectiveDecision { Keep, Modify, Drop, Completed }

/// <summary>One objective's end-of-period review: how it went, what the team learned, and what happens next.</summary>
public sealed class ObjectiveReview : IOrganisationOwned
{
    public Guid ObjectiveId { get; set; }
    public Guid OrganisationId { get; set; }
    public ObjectiveOutcome? Outcome { get; set; }
    public string WhatWorked { get; set; } = "";
    public string WhatDidNot { get; set; } = "";
    public string DoDifferently { get; set; } = "";
    public ObjectiveDecision? Decision { get; set; }
    /// <summary>For keep and modify: the key results that carry over to the next period.</summary>
    public List<Guid> CarryKeyResultIds { get; set; } = [];
    /// <summary>The next period's draft made from this objective, once carried over.</summary>
    public Guid? CarriedToObjectiveId { get; set; }
    public Guid? ReviewedByPersonId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
