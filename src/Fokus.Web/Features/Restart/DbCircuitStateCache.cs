using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace Fokus.Web.Features.Restart;

/// <summary>
/// The L2 of the HybridCache Blazor keeps persisted circuits in: the database, so the state a paused page left on
/// the server survives the restart and every node reaches it. Values arrive protected by Blazor, so they are stored
/// as they are. Expired rows are never returned and are swept when a new entry is written.
/// </summary>
internal sealed class DbCircuitStateCache(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock) : IDistributedCache
{
    /// <summary>Used when the caller gives no expiry, so no row lives for ever.</summary>
    internal static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();
    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();
    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var row = await FindLiveAsync(key, token);
        if (row is null) return null;
        if (row.SlidingSeconds is not null) await SlideAsync(row, token);
        return row.Value;
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        var row = await FindLiveAsync(key, token);
        if (row?.SlidingSeconds is not null) await SlideAsync(row, token);
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        // Not an organisation's row: the cache belongs to the installation.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(token);
        await db.CircuitStates.Where(e => e.Id == key).ExecuteDeleteAsync(token);
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, CircuitStateEntry.MaxIdLength, nameof(key));
        var now = clock.GetUtcNow();
        var absolute = options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
        var sliding = options.SlidingExpiration is { } s ? (long?)Math.Max(1, (long)s.TotalSeconds) : null;
        var expires = Earliest(absolute, sliding is null ? null : now.AddSeconds(sliding.Value)) ?? now + DefaultLifetime;

        await using var db = await dbs.OpenAcrossOrganisationsAsync(token);
        await db.CircuitStates.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(token);
        if (await UpdateAsync(db, key, value, expires, absolute, sliding, token) > 0) return;
        db.CircuitStates.Add(new CircuitStateEntry
        {
            Id = key, Value = value, ExpiresAt = expires, AbsoluteExpiresAt = absolute, SlidingSeconds = sliding,
        });
        try
        {
            await db.SaveChangesAsync(token);
        }
        catch (DbUpdateException)
        {
            // Another writer inserted the same key in between: the last write wins, as with any distributed cache.
            db.ChangeTracker.Clear();
            await UpdateAsync(db, key, value, expires, absolute, sliding, token);
        }
    }

    private static Task<int> UpdateAsync(FokusDbContext db, string key, byte[] value, DateTimeOffset expires,
        DateTimeOffset? absolute, long? sliding, CancellationToken ct) =>
        db.CircuitStates.Where(e => e.Id == key).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.Value, value).SetProperty(e => e.ExpiresAt, expires)
            .SetProperty(e => e.AbsoluteExpiresAt, absolute).SetProperty(e => e.SlidingSeconds, sliding), ct);

    private async Task<CircuitStateEntry?> FindLiveAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        return await db.CircuitStates.AsNoTracking().Where(e => e.Id == key && e.ExpiresAt > now).SingleOrDefaultAsync(ct);
    }

    private async Task SlideAsync(CircuitStateEntry row, CancellationToken ct)
    {
        var expires = Earliest(row.AbsoluteExpiresAt, clock.GetUtcNow().AddSeconds(row.SlidingSeconds!.Value))!.Value;
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        await db.CircuitStates.Where(e => e.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ExpiresAt, expires), ct);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
