using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.BigPicture;

internal sealed class BigPictureHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, ReadModelCache cache)
{
    public Task<Outcome<BigPictureDto>> GetAsync(Caller caller, Guid? periodId, CancellationToken ct) =>
        cache.GetOrCreateAsync("big-picture", caller.OrganisationId, periodId?.ToString() ?? "current", () => LoadAsync(caller, periodId, ct));

    /// <summary>Strategic objectives plus the period's objectives, as one aligned tree, read in a few flat queries.</summary>
    private async Task<Outcome<BigPictureDto>> LoadAsync(Caller caller, Guid? periodId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrganisationId, ct);
        if (org is null) return Outcome.NotFound;
        var period = periodId is { } pid
            ? await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct)
            : await PeriodHandler.CurrentAsync(db, org.Id, clock, ct);
        if (periodId is not null && period is null) return Outcome.NotFound;

        var selectedPeriod = period?.Id;
        // Only the columns the tree shows: descriptions and audit fields stay in the database.
        var inView = db.Objectives.Where(o => (o.PeriodId == null || o.PeriodId == selectedPeriod) && o.State != ObjectiveState.Archived);
        var objectives = await inView.OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new Objective
            {
                Id = o.Id, Title = o.Title, Level = o.Level, State = o.State, PeriodId = o.PeriodId, OwnerTeamId = o.OwnerTeamId,
                OwnerPersonId = o.OwnerPersonId, ParentObjectiveId = o.ParentObjectiveId, SortOrder = o.SortOrder,
            })
            .ToListAsync(ct);
        var keyResults = await inView.Join(db.KeyResults, o => o.Id, k => k.ObjectiveId, (o, k) => new KeyResult
            {
                Id = k.Id, ObjectiveId = k.ObjectiveId, Title = k.Title, Type = k.Type, Unit = k.Unit, CurrencyCode = k.CurrencyCode,
                StartValue = k.StartValue, TargetValue = k.TargetValue, CurrentValue = k.CurrentValue, Done = k.Done,
                Direction = k.Direction, Weight = k.Weight, SortOrder = k.SortOrder, OwnerPersonId = k.OwnerPersonId,
                LastConfidence = k.LastConfidence, LastCheckInAt = k.LastCheckInAt, CreatedAt = k.CreatedAt,
            })
            .ToListAsync(ct);
        var names = await OwnerNames.AllAsync(db, org.Id, ct);
        var earlier = await EarlierValuesAsync(db, inView, ct);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var tree = new BigPictureTree(org, names, period, today, keyResults.ToLookup(k => k.ObjectiveId), earlier);
        return new BigPictureDto(org.Id, org.Name, org.Vision, org.Mission,
            period is null ? null : PeriodDto.From(period), objectives.Count, tree.Build(objectives));
    }

    /// <summary>How far back a node's trend looks: long enough to hold two weekly check-ins.</summary>
    public static readonly TimeSpan TrendWindow = TimeSpan.FromDays(15);

    // Only key results checked in during the window are looked at, and each reads its one check-in from before
    // the window through the (key result, time) index, so a busy history costs no more than a quiet one.
    private async Task<Dictionary<Guid, EarlierValue>> EarlierValuesAsync(FokusDbContext db, IQueryable<Objective> inView, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - TrendWindow;
        var rows = await inView.Join(db.KeyResults, o => o.Id, k => k.ObjectiveId, (o, k) => k)
            .Where(k => k.LastCheckInAt >= since)
            .Select(k => new
            {
                k.Id, k.StartValue,
                // A milestone's value is its done flag; a measured key result's is its value.
                Earlier = k.Type == KeyResultType.Milestone
                    ? db.CheckIns.Where(c => c.KeyResultId == k.Id && c.CreatedAt < since)
                        .OrderByDescending(c => c.CreatedAt).Select(c => c.Done == true ? 1m : 0m).FirstOrDefault()
                    : db.CheckIns.Where(c => c.KeyResultId == k.Id && c.CreatedAt < since)
                        .OrderByDescending(c => c.CreatedAt).Select(c => c.Value).FirstOrDefault(),
                k.Type,
            })
            .ToListAsync(ct);
        // No check-in before the window: the key result started the window at its start value (or not done).
        return rows.ToDictionary(r => r.Id, r => r.Type == KeyResultType.Milestone
            ? new EarlierValue(null, r.Earlier == 1m)
            : new EarlierValue(r.Earlier ?? r.StartValue, null));
    }

}
