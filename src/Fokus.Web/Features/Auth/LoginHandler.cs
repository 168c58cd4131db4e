using System.Security.Claims;
using Fokus.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Auth;

internal enum LoginStatus { Succeeded, Invalid, LockedOut }

/// <summary>Language is the person's saved choice, if any, so the UI opens in it after sign-in.</summary>
internal sealed record LoginResult(LoginStatus Status, ClaimsPrincipal? Principal = null, string? Language = null);

internal sealed class LoginHandler(IDbContextFactory<FokusDbContext> dbs, UserManager<FokusUser> users, SignInManager<FokusUser> signIn)
{
    /// <summary>Checks the password with lockout; the principal carries organisation, person and role.</summary>
    public async Task<LoginResult> CheckAsync(string? email, string? password, string scheme, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return new(LoginStatus.Invalid);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return new(LoginStatus.Invalid);
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut) return new(LoginStatus.LockedOut);
        if (!check.Succeeded) return new(LoginStatus.Invalid);

        // Sign-in finds the person by their user; the organisation is what it learns here.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == user.Id, ct);
        return person is null
            ? new(LoginStatus.Invalid)
            : new(LoginStatus.Succeeded, Caller.ToPrincipal(user.Id, person, scheme), person.Language);
    }
}
