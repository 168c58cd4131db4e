namespace Fokus.Core.Model;

public sealed class Objective : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>Null only for strategic (multi-year) objectives.</summary>
    public Guid? PeriodId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public ObjectiveLevel Level { get; set; }
    public Guid? OwnerTeamId { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public Guid? ParentObjectiveId { get; set; }
    public ObjectiveState State { get; set; } = ObjectiveState.Active;
    public int SortOrder { get; set; }
    /// <summary>Optimistic concurrency: a stale update is refused, never silently applied.</summary>
    public int Version { get; set; } = 1;
    /// <summary>The previous period's objective this one was carried over from.</summary>
    public Guid? CarriedFromObjectiveId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<KeyResult> KeyResults { get; set; } = [];
}
