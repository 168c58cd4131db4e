using Fokus.Web.Features.Digest;
using Microsoft.Extensions.Options;

namespace Fokus.Web.Features.Notifications;

/// <summary>What one cycle did: whether this caller held the lease, and how many deliveries went out or failed.</summary>
public sealed record RunReport(bool Ran, int Sent, int Failed, int DigestsBuilt)
{
    public static readonly RunReport Skipped = new(false, 0, 0, 0);
}

/// <summary>
/// One background cycle: builds this week's digests, then sends due reminders and digests (and retries failed ones).
/// Only the caller holding the database lease runs it, so several nodes (or overlapping calls) run one cycle at a time.
/// </summary>
internal sealed class ReminderRun(JobLeases leases, ReminderDispatcher reminders, DigestRun digests, IOptionsMonitor<RhythmOptions> options,
    ILogger<ReminderRun> log)
{
    public const string LeaseName = "rhythm";

    public async Task<RunReport> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = now.ToUniversalTime();
        var holder = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        var ttl = TimeSpan.FromSeconds(Math.Max(600, options.CurrentValue.IntervalSeconds * 2));
        if (!await leases.TryAcquireAsync(LeaseName, holder, now, ttl, ct)) return RunReport.Skipped;
        try
        {
            return await CycleAsync(now, ct);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    /// <summary>The cycle without the lease: the delivery ledger alone still sends each message once.</summary>
    internal async Task<RunReport> CycleAsync(DateTimeOffset now, CancellationToken ct)
    {
        var built = await digests.BuildDueAsync(now, ct);
        var sent = await reminders.SendDueAsync(now, ct);
        sent += await digests.SendDueAsync(now, ct);
        if (sent.Sent + sent.Failed + built > 0)
            log.LogInformation("Rhythm cycle: {Built} digests built, {Sent} deliveries sent, {Failed} failed", built, sent.Sent, sent.Failed);
        return new RunReport(true, sent.Sent, sent.Failed, built);
    }
}

/// <summary>Runs the cycle every Fokus:Reminders:IntervalSeconds while Fokus:Reminders:Enabled is true.</summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<RhythmOptions> options,
    ILogger<ReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Enabled) return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(10, options.CurrentValue.IntervalSeconds)), clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "The rhythm cycle failed; it runs again at the next interval");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
