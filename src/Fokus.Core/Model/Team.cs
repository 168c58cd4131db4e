namespace Fokus.Core.Model;

public sealed class Team : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public Guid? ParentTeamId { get; set; }
    public Guid? LeadPersonId { get; set; }
    public List<TeamMember> Members { get; set; } = [];
}

public sealed class TeamMember : IOrganisationOwned
{
    public Guid OrganisationId { get; set; }
    public Guid TeamId { get; set; }
    public Guid PersonId { get; set; }
}
