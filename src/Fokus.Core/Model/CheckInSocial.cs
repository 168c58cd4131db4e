namespace Fokus.Core.Model;

/// <summary>A remark someone leaves on a check-in.</summary>
public sealed class CheckInComment : IOrganisationOwned
{
    public const int MaxLength = 2000;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CheckInId { get; set; }
    public Guid? AuthorPersonId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The kinds of reaction people give a check-in ("people cheer the wins").</summary>
public enum ReactionKind { Cheer, Clap, Heart, Idea }

/// <summary>One person's reaction of one kind on a check-in; a person gives each kind at most once.</summary>
public sealed class CheckInReaction : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid CheckInId { get; set; }
    public Guid PersonId { get; set; }
    public ReactionKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
