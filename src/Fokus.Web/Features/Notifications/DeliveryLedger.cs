using Fokus.Core.Model;
using Fokus.Core.Rhythm;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>One thing to deliver: the unique key of a delivery row.</summary>
internal sealed record DeliveryKey(Guid OrganisationId, NotificationKind Kind, Guid RecipientId, Guid SubjectId, DateOnly DueDate, NotificationChannel Channel);

/// <summary>
/// The record of every delivery. A delivery is claimed before it is sent: a new one by inserting its unique row, a failed one
/// (due for a retry) by a conditional update; whoever loses either race sends nothing.
/// </summary>
internal sealed class DeliveryLedger(IDbContextFactory<FokusDbContext> dbs)
{
    /// <summary>A claimed delivery whose sender died is claimable again after this.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(15);

    /// <summary>The keys this caller now owns and must send; the others are sent, given up, waiting, or someone else's.</summary>
    public async Task<List<(DeliveryKey Key, Guid Id)>> ClaimAsync(IReadOnlyCollection<DeliveryKey> keys, DateTimeOffset now, CancellationToken ct)
    {
        var claimed = new List<(DeliveryKey, Guid)>();
        if (keys.Count == 0) return claimed;
        // The delivery cycle serves every organisation; each key names its own.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var recipients = keys.Select(k => k.RecipientId).Distinct().ToList();
        var subjects = keys.Select(k => k.SubjectId).Distinct().ToList();
        var existing = (await db.Deliveries.AsNoTracking()
                .Where(d => recipients.Contains(d.RecipientId) && subjects.Contains(d.SubjectId)).ToListAsync(ct))
            .ToDictionary(d => (d.RecipientId, d.SubjectId, d.DueDate, d.Channel));
        foreach (var key in keys)
        {
            Guid? id = existing.TryGetValue((key.RecipientId, key.SubjectId, key.DueDate, key.Channel), out var row)
                ? await ReclaimAsync(db, row, now, ct)
                : await InsertAsync(db, key, now, ct);
            if (id is { } owned) claimed.Add((key, owned));
        }
        return claimed;
    }

    private static async Task<Guid?> InsertAsync(FokusDbContext db, DeliveryKey key, DateTimeOffset now, CancellationToken ct)
    {
        var row = new Delivery
        {
            Id = Guid.CreateVersion7(), OrganisationId = key.OrganisationId, Kind = key.Kind, RecipientId = key.RecipientId,
            SubjectId = key.SubjectId, DueDate = key.DueDate, Channel = key.Channel, State = DeliveryState.Pending,
            CreatedAt = now, NextAttemptAt = now + ClaimTimeout,
        };
        db.Deliveries.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return row.Id;
        }
        catch (DbUpdateException)
        {
            // The unique key: another caller inserted it first and sends it.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private static async Task<Guid?> ReclaimAsync(FokusDbContext db, Delivery row, DateTimeOffset now, CancellationToken ct)
    {
        if (row.State is not (DeliveryState.Failed or DeliveryState.Pending) || row.NextAttemptAt > now) return null;
        var until = now + ClaimTimeout;
        var taken = await db.Deliveries.Where(d => d.Id == row.Id && d.State == row.State && d.Attempts == row.Attempts && d.NextAttemptAt == row.NextAttemptAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.NextAttemptAt, until), ct);
        return taken == 1 ? row.Id : null;
    }

    public async Task SentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct)
    {
        // The delivery cycle serves every organisation; each key names its own.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        await db.Deliveries.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, DeliveryState.Sent).SetProperty(d => d.SentAt, now).SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.LastError, (string?)null).SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null), ct);
    }

    /// <summary>Records the failure with its error; tried again later with backoff, or given up after the last attempt.</summary>
    public async Task FailedAsync(IReadOnlyCollection<Guid> ids, string error, DateTimeOffset now, CancellationToken ct)
    {
        var text = error.Length > Delivery.ErrorMaxLength ? error[..Delivery.ErrorMaxLength] : error;
        // The delivery cycle serves every organisation; each key names its own.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        foreach (var row in await db.Deliveries.Where(d => ids.Contains(d.Id)).ToListAsync(ct))
        {
            row.Attempts++;
            row.LastError = text;
            row.NextAttemptAt = DeliveryRetry.NextAttempt(row.Attempts, now);
            row.State = row.NextAttemptAt is null ? DeliveryState.GaveUp : DeliveryState.Failed;
        }
        await db.SaveChangesAsync(ct);
    }
}
