namespace Fokus.Core.Model;

/// <summary>
/// An uploaded file between preview and apply. It lives in the database, not in memory, so that the preview,
/// the mapping change and the apply may reach different app nodes.
/// </summary>
public sealed class ImportSession : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CreatedByPersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string FileName { get; set; }
    /// <summary>csv, xlsx or json.</summary>
    public required string Format { get; set; }
    /// <summary>The chosen XLSX sheet; null for the first one.</summary>
    public string? Sheet { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>The mapping in use, as JSON; empty until the layout has been detected.</summary>
    public string MappingJson { get; set; } = "";
    public Guid? PeriodId { get; set; }
    /// <summary>Create teams and people the file names but the organisation lacks, instead of leaving rows unowned.</summary>
    public bool CreateMissing { get; set; }
    /// <summary>The culture the file's numbers and dates are written in (sv-SE, en-US, …).</summary>
    public required string Culture { get; set; }
    public DateTimeOffset? AppliedAt { get; set; }
    /// <summary>What the apply created and updated, as JSON.</summary>
    public string? SummaryJson { get; set; }
}
