using System.Net.Mail;
using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Organisations;

/// <summary>Self-service sign-up: a new, isolated organisation with its first admin and its current quarter.</summary>
internal sealed class SignUpHandler(IDbContextFactory<FokusDbContext> dbs, UserManager<FokusUser> users, TimeProvider clock)
{
    public async Task<Outcome<SignUpResult>> SignUpAsync(SignUpRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Text("name", r.Name, TextLimits.Name)
            .Text("adminEmail", r.AdminEmail, TextLimits.Email)
            .Check(r.AdminEmail is null || MailAddress.TryCreate(r.AdminEmail.Trim(), out _), "adminEmail", "Validation.Email")
            .Check(!string.IsNullOrEmpty(r.AdminPassword), "adminPassword", "Validation.Required")
            .Check(r.Language is null or "sv" or "en", "language", "Validation.Language")
            .Text("adminName", r.AdminName, TextLimits.Name, required: false);
        if (!v.IsValid) return v.ToOutcome();

        var email = r.AdminEmail!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return Outcome.Invalid("adminEmail", SharedText.Get("Validation.EmailTaken"));
        var user = new FokusUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, r.AdminPassword!);
        if (!created.Succeeded)
        {
            // LocalizedIdentityErrors words the rule that failed; e-mail and user name duplicates say the same thing once.
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "adminPassword" : "adminEmail";
            return Outcome.Invalid(field, string.Join(" ", created.Errors.Select(e => e.Description).Distinct()));
        }

        try
        {
            return await CreateOrganisationAsync(r, user, email, ct);
        }
        catch
        {
            await users.DeleteAsync(user);
            throw;
        }
    }

    private async Task<Outcome<SignUpResult>> CreateOrganisationAsync(SignUpRequest r, FokusUser user, string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var language = r.Language ?? "sv";
        var org = new Organisation { Id = Guid.CreateVersion7(), Name = r.Name!.Trim(), DefaultLanguage = language, CreatedAt = now };
        var admin = new Person
        {
            Id = Guid.CreateVersion7(), OrganisationId = org.Id, UserId = user.Id, Email = email, Role = Role.Admin,
            Name = string.IsNullOrWhiteSpace(r.AdminName) ? NameFrom(email) : r.AdminName.Trim(),
        };
        var quarter = PeriodCalendar.QuarterContaining(DateOnly.FromDateTime(now.UtcDateTime), org.FiscalYearStartMonth);
        var period = new Period
        {
            Id = Guid.CreateVersion7(), OrganisationId = org.Id, Name = quarter.Name(language),
            StartDate = quarter.Start, EndDate = quarter.End, Kind = PeriodKind.Quarter, State = PeriodState.Active,
        };
        await using var db = await dbs.OpenAsync(org.Id, ct);
        db.AddRange(org, admin, period);
        await db.SaveChangesAsync(ct);
        return Outcome.Created(new SignUpResult(org.Id, admin.Id, period.Id));
    }

    /// <summary>"ada.lovelace@x" gives "ada.lovelace", cut to the name column's 200 characters.</summary>
    private static string NameFrom(string email)
    {
        var local = email[..Math.Max(0, email.IndexOf('@'))];
        return local[..Math.Min(local.Length, 200)];
    }
}
