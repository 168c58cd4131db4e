using System.Collections.Concurrent;
using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Fokus.Web.Data;

/// <summary>
/// Caches read views (team OKRs, the big picture) per organisation. Every saved change to an
/// organisation's data moves its version, so a cached view is never served after a write on this
/// node; the short lifetime bounds how stale another node's view can be.
/// </summary>
internal sealed class ReadModelCache(TimeProvider clock, IConfiguration config) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly bool enabled = config.GetValue("Fokus:ReadCache:Enabled", true);
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<Guid, long> versions = new();

    public void Changed(Guid organisationId) => versions.AddOrUpdate(organisationId, 1, (_, v) => v + 1);

    /// <summary>The key is taken before reading, so data read during a concurrent write is stored under the old version and never served after it.</summary>
    public async Task<T> GetOrCreateAsync<T>(string view, Guid organisationId, object key, Func<Task<T>> create)
    {
        if (!enabled) return await create();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cacheKey = (view, organisationId, key, today, versions.GetValueOrDefault(organisationId));
        if (cache.TryGetValue(cacheKey, out T? hit) && hit is not null) return hit;
        var value = await create();
        cache.Set(cacheKey, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return value;
    }

    /// <summary>The organisation's status thresholds, read once per version like the views.</summary>
    /// <summary>What a status needs from the organisation: its thresholds and a new key result's grace days.</summary>
    public Task<StatusSettings> StatusSettingsAsync(FokusDbContext db, Guid organisationId, CancellationToken ct) =>
        GetOrCreateAsync("status-settings", organisationId, "",
            () => db.Organisations.Where(o => o.Id == organisationId)
                .Select(o => new StatusSettings(o.Thresholds, o.NewKeyResultGraceDays)).FirstAsync(ct));

    public void Dispose() => cache.Dispose();
}

internal sealed record StatusSettings(StatusThresholds Thresholds, int GraceDays);
