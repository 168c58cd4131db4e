using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Components.Shared;

/// <summary>The signed-in person as a page sees it: who, which organisation and what they may do.</summary>
public sealed record UiUser(Caller Caller, Actor Actor)
{
    public bool IsAdmin => Actor.IsAdmin;
    public bool CanWrite => Actor.CanWrite;

    public bool CanEditObjective(Guid? ownerTeamId, Guid? ownerPersonId) =>
        AccessRules.CanEditObjective(Actor, ownerTeamId, ownerPersonId);

    public bool CanCheckIn(Guid? krOwnerPersonId, Guid? ownerTeamId, Guid? ownerPersonId) =>
        AccessRules.CanCheckIn(Actor, krOwnerPersonId, ownerTeamId, ownerPersonId);

    public bool CanCreateObjectives => Actor.CanWrite;
}

/// <summary>Per circuit: reads the caller from the auth state and the current role from the database (the server re-checks on every write).</summary>
internal sealed class UiSession(AuthenticationStateProvider auth, IDbContextFactory<FokusDbContext> dbs, ReaderTime time)
{
    public async Task<UiUser?> UserAsync(CancellationToken ct)
    {
        var caller = Caller.From((await auth.GetAuthenticationStateAsync()).User);
        if (caller is null) return null;
        await using var db = await dbs.OpenAsync(caller, ct);
        // Every page reads the user first, so the reader's zone is in place before anything shows a time.
        time.Use(await ReaderZones.OfAsync(db, caller.PersonId, ct));
        return new UiUser(caller, await db.ActorAsync(caller, ct));
    }
}
