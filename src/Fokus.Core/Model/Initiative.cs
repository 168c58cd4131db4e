namespace Fokus.Core.Model;

/// <summary>An activity we try in order to move one or more key results; activities live here, not in KRs.</summary>
public sealed class Initiative : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public Guid? OwnerPersonId { get; set; }
    public InitiativeStatus Status { get; set; }
    public DateOnly? DueDate { get; set; }
    /// <summary>The team that runs it, so the team page lists it even before it is linked to a key result.</summary>
    public Guid? TeamId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<InitiativeKeyResult> KeyResults { get; set; } = [];
}

public sealed class InitiativeKeyResult : IOrganisationOwned
{
    public Guid OrganisationId { get; set; }
    public Guid InitiativeId { get; set; }
    public Guid KeyResultId { get; set; }
}
