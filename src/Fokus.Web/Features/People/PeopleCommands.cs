using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Auth;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.People;

/// <summary>
/// Admins manage people, their roles, teams and logins; anyone may change their own name, title and language.
/// An organisation always keeps at least one admin.
/// </summary>
internal sealed class PeopleCommands(IDbContextFactory<FokusDbContext> dbs, PersonLogins logins, MembershipCheck membership)
{
    public async Task<Outcome<PersonDto>> CreateAsync(Caller caller, CreatePersonRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var v = await PersonValidation.ValidateAsync(db, r.Name, r.Email, r.Title, r.Role, r.Language, r.TeamIds, true, ct);
        if (!v.IsValid) return v.ToOutcome();
        var email = r.Email!.Trim();
        if (await PersonValidation.EmailTakenAsync(db, logins, email, null, ct))
            return Outcome.Invalid("email", SharedText.Get("Validation.EmailTaken"));

        FokusUser? user = null;
        if (r.Password is not null)
        {
            (user, var failure) = await logins.CreateAsync(email, r.Password);
            if (failure is not null) return failure;
        }
        var person = new Person
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, UserId = user?.Id, Name = r.Name!.Trim(), Email = email,
            Title = r.Title?.Trim() ?? "", Role = r.Role ?? Role.Member, Language = r.Language,
        };
        try
        {
            db.People.Add(person);
            PersonValidation.SetTeams(db, person, [], r.TeamIds ?? []);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            if (user is not null) await logins.DeleteAsync(user);
            throw;
        }
        return Outcome.Created((await PeopleQueries.LoadDtoAsync(db, caller.OrganisationId, person.Id, ct))!);
    }

    public async Task<Outcome<PersonDto>> UpdateAsync(Caller caller, Guid id, UpdatePersonRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Outcome.NotFound;
        var actor = await db.ActorAsync(caller, ct);
        var teams = (await PeopleQueries.TeamIdsAsync(db, [id], ct))[id].ToList();
        var email = r.Email?.Trim();
        var emailChanged = email is not null && !string.Equals(email, person.Email, StringComparison.OrdinalIgnoreCase);
        var adminFieldsChanged = emailChanged || (r.Role is { } role && role != person.Role)
            || (r.TeamIds is { } wanted && !wanted.ToHashSet().SetEquals(teams));
        if (!AccessRules.CanEditPerson(actor, id, adminFieldsChanged)) return Outcome.Forbidden;

        var v = await PersonValidation.ValidateAsync(db, r.Name, r.Email, r.Title, r.Role, r.Language, r.TeamIds, false, ct);
        if (!v.IsValid) return v.ToOutcome();
        if (emailChanged && await PersonValidation.EmailTakenAsync(db, logins, email!, person, ct))
            return Outcome.Invalid("email", SharedText.Get("Validation.EmailTaken"));
        if (person.Role == Role.Admin && r.Role is { } newRole && newRole != Role.Admin
            && !await PeopleQueries.HasOtherAdminAsync(db, caller.OrganisationId, id, ct))
            return Outcome.Invalid("role", SharedText.Get("Validation.LastAdmin"));

        person.Name = r.Name!.Trim();
        person.Title = r.Title?.Trim() ?? "";
        person.Language = r.Language;
        person.Role = r.Role ?? person.Role;
        if (r.TeamIds is not null)
        {
            var led = await db.Teams.Where(t => t.LeadPersonId == id).Select(t => t.Id).ToListAsync(ct);
            PersonValidation.SetTeams(db, person, teams, r.TeamIds.Concat(led));
        }
        return await SaveWithEmailAsync(db, person, emailChanged ? email : null, ct);
    }

    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        if (id == caller.PersonId) return Outcome.Invalid("id", SharedText.Get("Validation.CannotDeleteSelf"));
        if (person.Role == Role.Admin && !await PeopleQueries.HasOtherAdminAsync(db, caller.OrganisationId, id, ct))
            return Outcome.Invalid("id", SharedText.Get("Validation.LastAdmin"));
        // An objective needs an owner: its objectives move to someone else before the person goes.
        if (await db.Objectives.AnyAsync(o => o.OwnerPersonId == id, ct))
            return Outcome.Invalid("id", SharedText.Get("Validation.PersonOwnsObjectives"));
        db.People.Remove(person);
        await db.SaveChangesAsync(ct);
        membership.Forget(id);
        if (person.UserId is { } userId) await logins.DeleteAsync(userId);
        return Outcome.NoContent;
    }

    /// <summary>A new e-mail address moves the login too; if the person then cannot be saved, the login gets its old address back.</summary>
    private async Task<Outcome<PersonDto>> SaveWithEmailAsync(FokusDbContext db, Person person, string? newEmail, CancellationToken ct)
    {
        string? previous = null;
        if (newEmail is not null)
        {
            if (person.UserId is { } userId)
            {
                (previous, var failure) = await logins.ChangeEmailAsync(userId, newEmail);
                if (failure is not null) return failure;
            }
            person.Email = newEmail;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            if (previous is not null && person.UserId is { } userId) await logins.ChangeEmailAsync(userId, previous);
            throw;
        }
        return (await PeopleQueries.LoadDtoAsync(db, person.OrganisationId, person.Id, ct))!;
    }
}
