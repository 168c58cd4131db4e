using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>
/// A lease row per background job: a node runs the job only while it holds the row, taken with one conditional
/// UPDATE (free or expired → mine), so two nodes never run the same cycle at once.
/// </summary>
internal sealed class JobLeases(IDbContextFactory<FokusDbContext> dbs)
{
    /// <summary>The expiry of a lease nobody holds: long past, whatever clock the next caller brings.</summary>
    private static readonly DateTimeOffset Free = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan ttl, CancellationToken ct)
    {
        // Leases belong to no organisation: one lease per job for the whole installation.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        if (!await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            db.JobLeases.Add(new JobLease { Name = name, Holder = "", ExpiresAt = Free });
            // Another node may create it at the same moment; either row will do.
            try { await db.SaveChangesAsync(ct); } catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        }
        var expires = now + ttl;
        var taken = await db.JobLeases.Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), ct);
        return taken == 1;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken ct)
    {
        // Leases belong to no organisation: one lease per job for the whole installation.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "").SetProperty(l => l.ExpiresAt, Free), ct);
    }
}
