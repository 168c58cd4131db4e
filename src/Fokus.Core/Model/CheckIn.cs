namespace Fokus.Core.Model;

public sealed class CheckIn : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid KeyResultId { get; set; }
    /// <summary>The new value; null for milestones.</summary>
    public decimal? Value { get; set; }
    /// <summary>Milestones only: whether it is reached.</summary>
    public bool? Done { get; set; }
    /// <summary>0 (no chance) to 10 (certain).</summary>
    public int Confidence { get; set; }
    public string WentWell { get; set; } = "";
    public string Blockers { get; set; } = "";
    public string Note { get; set; } = "";
    public Guid? AuthorPersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
