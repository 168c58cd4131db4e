using System.Security.Cryptography;
using System.Text;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Auth;

/// <summary>Fokus:SignIn:*: how many failures are free, and the first and longest wait after them.</summary>
internal sealed class SignInThrottleOptions
{
    public int FreeFailures { get; set; } = 5;
    public int FirstDelaySeconds { get; set; } = 1;
    public int MaxDelaySeconds { get; set; } = 900;
    /// <summary>A counter whose last failure is older than this starts again from zero (and the row is swept).</summary>
    public int ForgetAfterHours { get; set; } = 24;
}

/// <summary>
/// Failed sign-ins per account and client address together: after FreeFailures each further failure doubles the
/// wait (1 s, 2 s, 4 s … up to MaxDelaySeconds). Another address is never held up, so nobody can lock an admin out,
/// and unknown and known e-mail addresses count alike. State is in the database so that every node agrees.
/// </summary>
internal sealed class SignInThrottles(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<SignInThrottleOptions> options)
{
    private readonly SignInThrottleOptions o = options.Value;

    /// <summary>The client's address; behind a proxy the forwarded one once UseFokusForwardedHeaders trusts it.</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string KeyOf(string? email, string client) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{email?.Trim().ToUpperInvariant()}\n{client}")));

    /// <summary>The wait before this account may be tried again from this client; null when it may be tried now.</summary>
    public async Task<TimeSpan?> WaitAsync(string key, CancellationToken ct)
    {
        // Failed sign-ins come before any organisation is known; their rows belong to none.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var lockedUntil = await db.SignInThrottles.Where(t => t.Key == key).Select(t => (DateTimeOffset?)t.LockedUntil).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        return lockedUntil > now ? lockedUntil.Value - now : null;
    }

    /// <summary>Counts a failure; answers the wait it starts, if any.</summary>
    public async Task<TimeSpan?> FailedAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Failed sign-ins come before any organisation is known; their rows belong to none.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await db.SignInThrottles.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, ct);
            if (row is null)
            {
                db.SignInThrottles.Add(new SignInThrottle { Key = key, Failures = 1, LockedUntil = now, LastFailureAt = now });
                // Another node may insert the same key at the same moment: then count on its row.
                try { await db.SaveChangesAsync(ct); return DelayFor(1, now, out _); }
                catch (DbUpdateException) { db.ChangeTracker.Clear(); continue; }
            }
            var failures = (row.LastFailureAt < now.AddHours(-o.ForgetAfterHours) ? 0 : row.Failures) + 1;
            var wait = DelayFor(failures, now, out var until);
            // Optimistic: only if nobody counted in between, else read again.
            var updated = await db.SignInThrottles.Where(t => t.Key == key && t.Failures == row.Failures && t.LastFailureAt == row.LastFailureAt)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, failures).SetProperty(t => t.LockedUntil, until)
                    .SetProperty(t => t.LastFailureAt, now), ct);
            if (updated == 1)
            {
                await SweepAsync(db, now, ct);
                return wait;
            }
        }
        return TimeSpan.FromSeconds(o.FirstDelaySeconds);
    }

    /// <summary>A successful sign-in clears the counter of that account on that client.</summary>
    public async Task SucceededAsync(string key, CancellationToken ct)
    {
        // Failed sign-ins come before any organisation is known; their rows belong to none.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        await db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(ct);
    }

    private TimeSpan? DelayFor(int failures, DateTimeOffset now, out DateTimeOffset until)
    {
        var over = failures - o.FreeFailures;
        if (over < 0) { until = now; return null; }
        var seconds = Math.Min(o.MaxDelaySeconds, o.FirstDelaySeconds * Math.Pow(2, Math.Min(over, 30)));
        until = now.AddSeconds(seconds);
        return TimeSpan.FromSeconds(seconds);
    }

    // Rows of guessed addresses would pile up otherwise; old, unlocked ones are worth nothing.
    private async Task SweepAsync(FokusDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var old = now.AddHours(-o.ForgetAfterHours);
        await db.SignInThrottles.Where(t => t.LastFailureAt < old && t.LockedUntil < now).ExecuteDeleteAsync(ct);
    }
}
