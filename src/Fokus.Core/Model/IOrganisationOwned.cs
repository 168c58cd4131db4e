namespace Fokus.Core.Model;

/// <summary>
/// A row that belongs to one organisation. The data layer filters every query on such rows to the
/// organisation a context is scoped to, so no handler writes that condition by hand.
/// </summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; set; }
}
