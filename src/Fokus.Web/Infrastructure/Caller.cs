using System.Security.Claims;
using Fokus.Core.Model;

namespace Fokus.Web.Infrastructure;

/// <summary>The signed-in person, read from the claims of the cookie or bearer token.</summary>
public sealed record Caller(Guid UserId, Guid PersonId, Guid OrganisationId, Role Role, string Name)
{
    public const string OrganisationClaim = "fokus:org";
    public const string PersonClaim = "fokus:person";
    public const string RoleClaim = "fokus:role";

    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        if (!Guid.TryParse(user.FindFirstValue(PersonClaim), out var personId)) return null;
        if (!Guid.TryParse(user.FindFirstValue(OrganisationClaim), out var orgId)) return null;
        if (!Enum.TryParse<Role>(user.FindFirstValue(RoleClaim), out var role)) return null;
        return new Caller(userId, personId, orgId, role, user.FindFirstValue(ClaimTypes.Name) ?? "");
    }

    /// <summary>Minimal-API binding: endpoints take a Caller parameter; authorisation has already run.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.User));

    public static ClaimsPrincipal ToPrincipal(Guid userId, Person person, string scheme) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
            new Claim(ClaimTypes.Name, person.Name),
            new Claim(ClaimTypes.Email, person.Email),
            new Claim(PersonClaim, person.Id.ToString()),
            new Claim(OrganisationClaim, person.OrganisationId.ToString()),
            new Claim(RoleClaim, person.Role.ToString()),
        ], scheme, ClaimTypes.Name, RoleClaim));
}
