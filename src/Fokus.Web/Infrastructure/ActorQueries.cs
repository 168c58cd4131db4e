using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Infrastructure;

internal static class ActorQueries
{
    /// <summary>
    /// The caller's current role and led teams, read from the database so that a changed or
    /// removed role takes effect at once, whatever the token says.
    /// </summary>
    public static async Task<Actor> ActorAsync(this FokusDbContext db, Caller caller, CancellationToken ct)
    {
        // The role is read in the caller's own organisation, never across organisations.
        if (db.Scope != caller.OrganisationId) throw new InvalidOperationException("The actor is read in a context scoped to the caller's organisation.");
        var role = await db.People
            .Where(p => p.Id == caller.PersonId)
            .Select(p => (Role?)p.Role)
            .FirstOrDefaultAsync(ct) ?? Role.Viewer;
        var led = role == Role.Lead
            ? await db.Teams.Where(t => t.LeadPersonId == caller.PersonId)
                .Select(t => t.Id).ToListAsync(ct)
            : [];
        return new Actor(caller.PersonId, role, led.ToHashSet());
    }
}
