using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Infrastructure;

/// <summary>Claims, completes and releases Idempotency-Key records; each call is one short statement.</summary>
internal sealed class IdempotencyStore(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan CleanupEvery = TimeSpan.FromMinutes(10);
    private long nextCleanupTicks;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IdempotencyRecord?> FindAsync(Guid org, Guid person, string key, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(org, ct);
        return await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.PersonId == person && r.Key == key, ct);
    }

    /// <summary>Null when another request holds the key (the primary key refused a second claim).</summary>
    public async Task<IdempotencyRecord?> TryClaimAsync(Guid org, Guid person, string key, string hash, CancellationToken ct)
    {
        await CleanupAsync(ct);
        var now = clock.GetUtcNow();
        var claim = new IdempotencyRecord
        {
            OrganisationId = org, PersonId = person, Key = key, RequestHash = hash, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        await using var db = await dbs.OpenAsync(org, ct);
        db.IdempotencyRecords.Add(claim);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return null; }
        // Read back: PostgreSQL keeps microseconds, and the conditional updates below compare with the stored time.
        return await FindAsync(org, person, key, ct) is { } stored && stored.RequestHash == hash ? stored : null;
    }

    /// <summary>Takes over an expired record or an abandoned claim; null when another request was faster.</summary>
    public async Task<IdempotencyRecord?> TryTakeOverAsync(IdempotencyRecord old, string hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.OpenAsync(old.OrganisationId, ct);
        var taken = await Same(db, old).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RequestHash, hash).SetProperty(r => r.CreatedAt, now).SetProperty(r => r.ExpiresAt, now + Lifetime)
            .SetProperty(r => r.ResponseStatus, (int?)null).SetProperty(r => r.ResponseContentType, (string?)null)
            .SetProperty(r => r.ResponseLocation, (string?)null).SetProperty(r => r.ResponseBody, (byte[]?)null), ct);
        return taken == 1 ? await FindAsync(old.OrganisationId, old.PersonId, old.Key, ct) : null;
    }

    public async Task CompleteAsync(IdempotencyRecord claim, int status, string? contentType, string? location, byte[] body, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(claim.OrganisationId, ct);
        await Same(db, claim).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ResponseStatus, status).SetProperty(r => r.ResponseContentType, contentType)
            .SetProperty(r => r.ResponseLocation, location).SetProperty(r => r.ResponseBody, body), ct);
    }

    /// <summary>Frees the key after a failure, so a retry runs the request again.</summary>
    public async Task ReleaseAsync(IdempotencyRecord claim, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(claim.OrganisationId, ct);
        await Same(db, claim).Where(r => r.ResponseStatus == null).ExecuteDeleteAsync(ct);
    }

    private static IQueryable<IdempotencyRecord> Same(FokusDbContext db, IdempotencyRecord r) => db.IdempotencyRecords.Where(x =>
        x.PersonId == r.PersonId && x.Key == r.Key && x.CreatedAt == r.CreatedAt);

    // Expired records are ignored when read; this removes them now and then, from whichever node claims a key.
    private async Task CleanupAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = Interlocked.Read(ref nextCleanupTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextCleanupTicks, (now + CleanupEvery).UtcTicks, due) != due) return;
        // Every organisation's expired records at once.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        await db.IdempotencyRecords.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(ct);
    }
}
