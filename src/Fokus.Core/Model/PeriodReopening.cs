namespace Fokus.Core.Model;

/// <summary>A closed period made active again: who did it, when and why. Kept as history, never edited.</summary>
public sealed class PeriodReopening : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid PeriodId { get; set; }
    public Guid? PersonId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
