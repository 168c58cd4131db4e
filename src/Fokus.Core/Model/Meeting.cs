namespace Fokus.Core.Model;

public enum MeetingItemKind { Decision, Action }

/// <summary>A team's check-in meeting: who came, what was said, and what was decided.</summary>
public sealed class Meeting : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string Notes { get; set; } = "";
    public List<Guid> AttendeeIds { get; set; } = [];
    public Guid? StartedByPersonId { get; set; }
}

/// <summary>A decision or an action from a meeting, linked to what it is about; open actions come back at the next meeting.</summary>
public sealed class MeetingItem : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public MeetingItemKind Kind { get; set; }
    public required string Text { get; set; }
    public Guid? KeyResultId { get; set; }
    public Guid? InitiativeId { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
