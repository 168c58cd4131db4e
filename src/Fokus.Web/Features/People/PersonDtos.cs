using Fokus.Core.Model;

namespace Fokus.Web.Features.People;

/// <summary>A person as the API shows them: never the login's password hash or security stamps, only whether a login exists.</summary>
internal sealed record PersonDto(Guid Id, string Name, string Email, string Title, Role Role, string? Language,
    IReadOnlyList<Guid> TeamIds, bool HasLogin)
{
    public static PersonDto From(Person p, IReadOnlyList<Guid> teamIds) =>
        new(p.Id, p.Name, p.Email, p.Title, p.Role, p.Language, teamIds, p.UserId is not null);
}

/// <summary>With a password the person also gets a login; a null role means member, a null language the organisation's.</summary>
internal sealed record CreatePersonRequest(string? Name, string? Email, string? Title, Role? Role, string? Language,
    string? Password, IReadOnlyList<Guid>? TeamIds);

/// <summary>Name, title and language are replaced; a null email, role or team list leaves it unchanged.</summary>
internal sealed record UpdatePersonRequest(string? Name, string? Email, string? Title, Role? Role, string? Language,
    IReadOnlyList<Guid>? TeamIds);

internal sealed record PeopleFilter(string? Search, Guid? TeamId, int? Page, int? PageSize);
