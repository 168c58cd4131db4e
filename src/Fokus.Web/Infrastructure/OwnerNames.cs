using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Infrastructure;

internal static class OwnerNames
{
    /// <summary>Every person's and team's name in the organisation, by id: whoever can own an objective.</summary>
    public static async Task<Dictionary<Guid, string>> AllAsync(FokusDbContext db, Guid orgId, CancellationToken ct)
    {
        var names = await db.People.Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        foreach (var t in await db.Teams.Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            names[t.Id] = t.Name;
        return names;
    }
}
