using Fokus.Data;
using Fokus.Web.Features.Restart;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Fokus.Web.Tests;

/// <summary>The database-backed distributed cache Blazor keeps paused circuits in (typed text surviving a restart).</summary>
[Collection(AppsCollection.Name)]
public sealed class CircuitStateCacheTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void Blazor_KeepsPersistedCircuits_InTheDatabaseCache(string provider)
    {
        var services = apps.Get(provider).Services;
        Assert.IsType<DbCircuitStateCache>(services.GetRequiredService<IDistributedCache>());
        Assert.NotNull(services.GetRequiredService<IOptions<CircuitOptions>>().Value.HybridPersistenceCache);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SetGetOverwriteRemove_RoundTripsTheBytes(string provider)
    {
        var (cache, _, _) = Create(provider);
        var key = "test:" + Guid.NewGuid();
        Assert.Null(await cache.GetAsync(key));

        await cache.SetAsync(key, [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        Assert.Equal(new byte[] { 1, 2, 3 }, await cache.GetAsync(key));
        await cache.SetAsync(key, [9], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        Assert.Equal(new byte[] { 9 }, await cache.GetAsync(key));

        await cache.RemoveAsync(key);
        Assert.Null(await cache.GetAsync(key));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SlidingEntry_LivesWhileRead_UpToItsAbsoluteExpiry(string provider)
    {
        var (cache, clock, _) = Create(provider);
        var key = "test:" + Guid.NewGuid();
        await cache.SetAsync(key, [7], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(10), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(25),
        });

        clock.Advance(TimeSpan.FromMinutes(8));
        Assert.NotNull(await cache.GetAsync(key)); // slides to minute 18
        clock.Advance(TimeSpan.FromMinutes(8));
        await cache.RefreshAsync(key); // minute 16: slides to 26, capped at 25
        clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(new byte[] { 7 }, await cache.GetAsync(key)); // minute 24
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await cache.GetAsync(key)); // minute 26: past the absolute expiry
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExpiredEntry_IsNotReturned_AndIsSweptOnTheNextWrite(string provider)
    {
        var (cache, clock, dbs) = Create(provider);
        var old = "test:" + Guid.NewGuid();
        await cache.SetAsync(old, [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5) });
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(await cache.GetAsync(old));
        await cache.RefreshAsync(old);
        Assert.Null(await cache.GetAsync(old)); // a refresh does not bring it back

        await cache.SetAsync("test:" + Guid.NewGuid(), [2], new DistributedCacheEntryOptions());
        await using var db = await dbs.CreateDbContextAsync();
        Assert.False(await db.CircuitStates.AnyAsync(e => e.Id == old));
    }

    private (DbCircuitStateCache, FakeTimeProvider, IDbContextFactory<FokusDbContext>) Create(string provider)
    {
        var dbs = apps.Get(provider).Services.GetRequiredService<IDbContextFactory<FokusDbContext>>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        return (new DbCircuitStateCache(dbs, clock), clock, dbs);
    }
}
