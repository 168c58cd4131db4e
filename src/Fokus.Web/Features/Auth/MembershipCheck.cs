using System.Security.Claims;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Fokus.Web.Features.Auth;

/// <summary>
/// A cookie or token outlives a removed person; this treats its bearer as signed out once the person
/// (or their login) is gone. Answers are remembered briefly so a request costs no extra query.
/// </summary>
internal sealed class MembershipCheck(IDbContextFactory<FokusDbContext> dbs) : IDisposable
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(30);
    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<bool> IsMemberAsync(Caller caller, CancellationToken ct)
    {
        if (answers.TryGetValue(caller.PersonId, out bool known)) return known;
        await using var db = await dbs.OpenAsync(caller, ct);
        var member = await db.People.AnyAsync(p => p.Id == caller.PersonId && p.UserId == caller.UserId, ct);
        answers.Set(caller.PersonId, member, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Remember, Size = 1 });
        return member;
    }

    /// <summary>Called when a person is removed, so this node refuses their sessions at once.</summary>
    public void Forget(Guid personId) => answers.Remove(personId);

    public void Dispose() => answers.Dispose();
}

internal static class MembershipCheckMiddleware
{
    public static IApplicationBuilder UseMembershipCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Caller.From(context.User) is { } caller
            && !await context.RequestServices.GetRequiredService<MembershipCheck>().IsMemberAsync(caller, context.RequestAborted))
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(context);
    });
}
