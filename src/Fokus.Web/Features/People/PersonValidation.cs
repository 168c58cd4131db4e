using System.Net.Mail;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.People;

/// <summary>Checks a person's fields and that every team named belongs to the organisation.</summary>
internal static class PersonValidation
{
    public static async Task<Validator> ValidateAsync(FokusDbContext db, string? name, string? email, string? title,
        Role? role, string? language, IReadOnlyList<Guid>? teamIds, bool emailRequired, CancellationToken ct)
    {
        var v = new Validator()
            .Text("name", name, TextLimits.Name)
            .Text("email", email, TextLimits.Email, required: emailRequired)
            .Check(email is null || MailAddress.TryCreate(email.Trim(), out _), "email", "Validation.Email")
            .Text("title", title, TextLimits.Name, required: false)
            .Check(role is null || Enum.IsDefined(role.Value), "role", "Validation.Invalid")
            .Check(language is null or "sv" or "en", "language", "Validation.Language");
        if (teamIds is { Count: > 0 })
        {
            var ids = teamIds.Distinct().ToList();
            var found = await db.Teams.CountAsync(t => ids.Contains(t.Id), ct);
            v.Check(found == ids.Count, "teamIds", "Validation.NotFound");
        }
        return v;
    }

    /// <summary>Logins are unique across all organisations; people without a login within their own.</summary>
    public static async Task<bool> EmailTakenAsync(FokusDbContext db, PersonLogins logins, string email, Person? self, CancellationToken ct)
    {
        if (await logins.FindByEmailAsync(email) is { } user && user.Id != self?.UserId) return true;
        var (lowered, selfId) = (email.ToLowerInvariant(), self?.Id ?? Guid.Empty);
        return await db.People.AnyAsync(p => p.Email.ToLower() == lowered && p.Id != selfId, ct);
    }

    public static void SetTeams(FokusDbContext db, Person person, IReadOnlyCollection<Guid> current, IEnumerable<Guid> wanted)
    {
        var target = wanted.ToHashSet();
        foreach (var team in current.Where(t => !target.Contains(t)))
            db.TeamMembers.Remove(new TeamMember { OrganisationId = person.OrganisationId, TeamId = team, PersonId = person.Id });
        foreach (var team in target.Where(t => !current.Contains(t)))
            db.TeamMembers.Add(new TeamMember { OrganisationId = person.OrganisationId, TeamId = team, PersonId = person.Id });
    }
}
