using System.Security.Claims;
using System.Security.Cryptography;
using Fokus.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Auth;

internal enum LoginStatus { Succeeded, Invalid, LockedOut }

/// <summary>Language is the person's saved choice, if any, so the UI opens in it after sign-in. RetryAfter comes with LockedOut.</summary>
internal sealed record LoginResult(LoginStatus Status, ClaimsPrincipal? Principal = null, string? Language = null, TimeSpan? RetryAfter = null)
{
    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter?.TotalSeconds ?? 1);
}

/// <summary>
/// Checks a password so that an unknown e-mail address and a wrong password look alike: same answer, same work
/// (a password hash is verified either way) and the same throttle per account and client address.
/// Identity's own per-account lockout is not used: a stranger could keep an admin out with it.
/// </summary>
internal sealed class LoginHandler(IDbContextFactory<FokusDbContext> dbs, UserManager<FokusUser> users,
    IPasswordHasher<FokusUser> hasher, SignInThrottles throttles)
{
    /// <summary>The claim with a digest of the security stamp; MembershipCheck refuses sessions whose stamp changed.</summary>
    public const string StampClaim = "fokus:stamp";

    private static readonly FokusUser Nobody = new();
    private static string? dummyHash;

    /// <summary>client is the caller's address (after the forwarded-headers setting).</summary>
    public async Task<LoginResult> CheckAsync(string? email, string? password, string client, string scheme, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return new(LoginStatus.Invalid);
        var key = SignInThrottles.KeyOf(email, client);
        if (await throttles.WaitAsync(key, ct) is { } wait) return new(LoginStatus.LockedOut, RetryAfter: wait);

        // A NUL can never be part of a stored address (and PostgreSQL refuses it in a query).
        var user = email.Contains('\0') ? null : await users.FindByEmailAsync(email.Trim());
        var ok = user is null ? VerifyDummy(password) : await users.CheckPasswordAsync(user, password);
        var person = ok ? await PersonAsync(user!.Id, ct) : null;
        if (person is null)
        {
            var lockedFor = await throttles.FailedAsync(key, ct);
            return lockedFor is null ? new(LoginStatus.Invalid) : new(LoginStatus.LockedOut, RetryAfter: lockedFor);
        }
        await throttles.SucceededAsync(key, ct);
        var principal = Caller.ToPrincipal(user!.Id, person, scheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(StampClaim, StampDigest(user.SecurityStamp)));
        return new(LoginStatus.Succeeded, principal, person.Language);
    }

    /// <summary>A short digest, so the stamp itself never travels in a cookie or token.</summary>
    public static string StampDigest(string? stamp) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stamp ?? "")))[..16];

    /// <summary>The same PBKDF2 work as a real check, against a hash of a random password, so the time tells nothing.</summary>
    private bool VerifyDummy(string password)
    {
        dummyHash ??= hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
        hasher.VerifyHashedPassword(Nobody, dummyHash, password);
        return false;
    }

    private async Task<Fokus.Core.Model.Person?> PersonAsync(Guid userId, CancellationToken ct)
    {
        // Sign-in finds the person by their user; the organisation is what it learns here.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        return await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);
    }
}
