using System.Security.Claims;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Fokus.Web.Features.Auth;

/// <summary>
/// A cookie or token outlives a removed person; this treats its bearer as signed out once the person
/// (or their login) is gone, or once the password changed (the security stamp in the claims is no longer the
/// login's). Answers are remembered briefly so a request costs no extra query.
/// </summary>
internal sealed class MembershipCheck(IDbContextFactory<FokusDbContext> dbs) : IDisposable
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(30);
    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<bool> IsMemberAsync(Caller caller, string? stampDigest, CancellationToken ct)
    {
        if (!answers.TryGetValue(caller.PersonId, out string? current))
        {
            await using var db = await dbs.OpenAsync(caller, ct);
            var stamp = await db.People.Where(p => p.Id == caller.PersonId && p.UserId == caller.UserId)
                .Join(db.Users, p => p.UserId, u => (Guid?)u.Id, (p, u) => new { u.SecurityStamp }).FirstOrDefaultAsync(ct);
            current = stamp is null ? null : LoginHandler.StampDigest(stamp.SecurityStamp);
            answers.Set(caller.PersonId, current, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Remember, Size = 1 });
        }
        // Sessions from before the stamp claim existed carry none: they must sign in again once.
        return current is not null && current == stampDigest;
    }

    /// <summary>Called when a person is removed or their password changes, so this node re-reads at once.</summary>
    public void Forget(Guid personId) => answers.Remove(personId);

    public void Dispose() => answers.Dispose();
}

internal static class MembershipCheckMiddleware
{
    public static IApplicationBuilder UseMembershipCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Caller.From(context.User) is { } caller
            && !await context.RequestServices.GetRequiredService<MembershipCheck>().IsMemberAsync(caller, context.User.FindFirstValue(LoginHandler.StampClaim), context.RequestAborted))
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(context);
    });
}
