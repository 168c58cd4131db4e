namespace Fokus.Core.Model;

/// <summary>A user's membership of one organisation, with a role there.</summary>
public sealed class Person : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>The sign-in account; null for people who have not been given a login.</summary>
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string Title { get; set; } = "";
    public Role Role { get; set; } = Role.Member;
    /// <summary>Preferred language, or null for the organisation's default.</summary>
    public string? Language { get; set; }
    /// <summary>IANA time zone, or null for the organisation's.</summary>
    public string? TimeZoneId { get; set; }
}
