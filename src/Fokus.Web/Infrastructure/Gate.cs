using Fokus.Core.Rules;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Infrastructure;

/// <summary>What the gate let through: the row and who acts on it, or the outcome that refuses them.</summary>
internal readonly record struct Gated<T>(T? Found, Actor? ActorOrNull, Outcome? Denied) where T : class
{
    public T Row => Found ?? throw new InvalidOperationException("The gate refused this request; read Denied first.");
    public Actor Actor => ActorOrNull ?? throw new InvalidOperationException("The gate refused this request; read Denied first.");
}

/// <summary>
/// The one load-and-authorise step every handler takes. The row is read within the caller's
/// organisation (the global query filter; another organisation's row is simply not found, 404),
/// the caller's role comes from the database, and the decision is one of Core's AccessRules.
/// </summary>
internal static class Gate
{
    public static async Task<Gated<T>> LoadAsync<T>(this FokusDbContext db, Caller caller, IQueryable<T> row,
        Func<Actor, T, bool> may, CancellationToken ct) where T : class
    {
        var found = await row.FirstOrDefaultAsync(ct);
        if (found is null) return new(null, null, Outcome.NotFound);
        var actor = await db.ActorAsync(caller, ct);
        return may(actor, found) ? new(found, actor, null) : new(null, actor, Outcome.Forbidden);
    }

    /// <summary>For an action on no single row (creating, the organisation's settings): only the rule.</summary>
    public static async Task<Gated<Actor>> AllowAsync(this FokusDbContext db, Caller caller, Func<Actor, bool> may, CancellationToken ct)
    {
        var actor = await db.ActorAsync(caller, ct);
        return may(actor) ? new(actor, actor, null) : new(null, actor, Outcome.Forbidden);
    }
}
