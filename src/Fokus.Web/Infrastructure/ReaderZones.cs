using Fokus.Data;
using Fokus.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Infrastructure;

/// <summary>The time zone a person reads in (their own, else their organisation's), for handlers that decide "today".</summary>
internal static class ReaderZones
{
    public static async Task<TimeZoneInfo> OfAsync(FokusDbContext db, Guid personId, CancellationToken ct)
    {
        var zones = await db.People.Where(p => p.Id == personId)
            .Select(p => new { Own = p.TimeZoneId, Org = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.TimeZoneId).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return TimeText.Zone(zones?.Own, zones?.Org);
    }
}
