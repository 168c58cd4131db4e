using Fokus.Data;
using Fokus.Web.Features.Notifications;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fokus.Web.Features.Backup;

/// <summary>
/// One scheduled run: under the "backup" database lease (so one node runs it), writes a file for every organisation whose
/// newest backup is older than the interval, then deletes its oldest files beyond Keep.
/// </summary>
internal sealed class BackupSchedule(IDbContextFactory<FokusDbContext> dbs, JobLeases leases, BackupFiles files,
    IOptionsMonitor<BackupOptions> options, ILogger<BackupSchedule> log)
{
    public const string LeaseName = "backup";

    /// <summary>How many backups this run wrote; 0 when another node holds the lease or none was due.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        var interval = TimeSpan.FromHours(options.CurrentValue.IntervalHours);
        if (interval <= TimeSpan.Zero) return 0;
        var holder = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        if (!await leases.TryAcquireAsync(LeaseName, holder, now, TimeSpan.FromHours(2), ct)) return 0;
        try
        {
            List<Guid> organisations;
            // Lists the organisations to back up; each is then written scoped to itself.
            await using (var db = await dbs.OpenAcrossOrganisationsAsync(ct))
                organisations = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
            var written = 0;
            foreach (var id in organisations)
            {
                var newest = files.List(id).FirstOrDefault();
                // A little slack, so a run that took a minute does not push the next one a whole interval back.
                if (newest is not null && now - newest.CreatedAt < interval - TimeSpan.FromMinutes(5)) continue;
                if (await WriteAsync(id, now, ct)) written++;
                files.Prune(id);
            }
            return written;
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    private async Task<bool> WriteAsync(Guid organisationId, DateTimeOffset now, CancellationToken ct)
    {
        Directory.CreateDirectory(files.Folder);
        var partial = Path.Combine(files.Folder, $"{organisationId:N}.partial");
        await using var db = await dbs.OpenAsync(organisationId, ct);
        BackupSummary? summary;
        await using (var stream = File.Create(partial))
            summary = await BackupWriter.WriteAsync(db, organisationId, stream, now, ct);
        if (summary is null)
        {
            File.Delete(partial);
            return false;
        }
        var name = BackupFiles.FileName(summary.OrganisationName, organisationId, now);
        File.Move(partial, Path.Combine(files.Folder, name), overwrite: true);
        log.LogInformation("Scheduled backup {File}: {Rows} rows in {Seconds:F1} s", name, summary.Rows, summary.Elapsed.TotalSeconds);
        return true;
    }
}

/// <summary>Checks every ten minutes (first after one) whether a backup is due; Fokus:Backup:IntervalHours 0 turns it off.</summary>
internal sealed class BackupService(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<BackupOptions> options,
    ILogger<BackupService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.CurrentValue.IntervalHours <= 0) return;
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<BackupSchedule>().RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "The scheduled backup failed; it is tried again in ten minutes");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
