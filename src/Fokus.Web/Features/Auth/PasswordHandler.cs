using Fokus.Core.Model;
using System.Security.Claims;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Auth;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
internal sealed record ForgotPasswordRequest(string? Email);
internal sealed record ResetPasswordRequest(Guid? UserId, string? Token, string? NewPassword);

/// <summary>A changed password: the outcome, and on success a fresh principal (the old sessions' stamp is gone).</summary>
internal sealed record PasswordChange(Outcome Outcome, ClaimsPrincipal? Principal = null, TimeSpan? RetryAfter = null);

/// <summary>Change password (signed in), and the e-mailed reset for a forgotten one. The policy applies to both.</summary>
internal sealed class PasswordHandler(UserManager<FokusUser> users, IDbContextFactory<FokusDbContext> dbs, SignInThrottles throttles,
    MembershipCheck membership, ResetMailQueue mail)
{
    private const int MaxPassword = 200;

    public async Task<PasswordChange> ChangeAsync(Caller caller, ChangePasswordRequest r, string client, string scheme, CancellationToken ct)
    {
        var v = new Validator()
            .Check(!string.IsNullOrEmpty(r.CurrentPassword), "currentPassword", "Validation.Required")
            .Check(!string.IsNullOrEmpty(r.NewPassword), "newPassword", "Validation.Required")
            .Check((r.NewPassword?.Length ?? 0) <= MaxPassword && (r.CurrentPassword?.Length ?? 0) <= MaxPassword, "newPassword", "Validation.TooLong", MaxPassword);
        if (!v.IsValid) return new(v.ToOutcome());
        var user = await users.FindByIdAsync(caller.UserId.ToString());
        if (user is null) return new(Outcome.NotFound);
        // Guessing the current password from a stolen session counts like guessing at the sign-in.
        var key = SignInThrottles.KeyOf(user.Email, client);
        if (await throttles.WaitAsync(key, ct) is { } wait) return new(Outcome.Forbidden, RetryAfter: wait);
        var changed = await users.ChangePasswordAsync(user, r.CurrentPassword!, r.NewPassword!);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                var locked = await throttles.FailedAsync(key, ct);
                return new(Outcome.Invalid("currentPassword", SharedText.Get("Auth.CurrentPasswordWrong")), RetryAfter: locked);
            }
            return new(Invalid("newPassword", changed));
        }
        await throttles.SucceededAsync(key, ct);
        membership.Forget(caller.PersonId);
        await using var db = await dbs.OpenAsync(caller, ct);
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == caller.PersonId, ct);
        var principal = Caller.ToPrincipal(user.Id, person, scheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(LoginHandler.StampClaim, LoginHandler.StampDigest(user.SecurityStamp)));
        return new(Outcome.NoContent, principal);
    }

    /// <summary>Always the same answer; whether a mail goes out is decided in the background (ResetMail).</summary>
    public Outcome RequestReset(ForgotPasswordRequest r)
    {
        var v = new Validator().Text("email", r.Email, TextLimits.Email);
        if (!v.IsValid) return v.ToOutcome();
        if (!r.Email!.Contains('\0')) mail.Enqueue(r.Email.Trim());
        return Outcome.NoContent;
    }

    public async Task<Outcome> ResetAsync(ResetPasswordRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.UserId is not null && !string.IsNullOrEmpty(r.Token), "token", "Auth.ResetLinkInvalid")
            .Check(!string.IsNullOrEmpty(r.NewPassword), "newPassword", "Validation.Required")
            .Check((r.NewPassword?.Length ?? 0) <= MaxPassword && (r.Token?.Length ?? 0) <= 2000, "newPassword", "Validation.TooLong", MaxPassword);
        if (!v.IsValid) return v.ToOutcome();
        var user = await users.FindByIdAsync(r.UserId!.Value.ToString());
        if (user is null) return Outcome.Invalid("token", SharedText.Get("Auth.ResetLinkInvalid"));
        var reset = await users.ResetPasswordAsync(user, r.Token!, r.NewPassword!);
        if (reset.Succeeded)
        {
            // A reset link names a user, not an organisation: the person is found across them.
            await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
            if (await db.People.Where(p => p.UserId == user.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) is { } personId)
                membership.Forget(personId);
            return Outcome.NoContent;
        }
        return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? Outcome.Invalid("token", SharedText.Get("Auth.ResetLinkInvalid"))
            : Invalid("newPassword", reset);
    }

    private static Outcome Invalid(string field, IdentityResult result) =>
        Outcome.Invalid(field, string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
}
