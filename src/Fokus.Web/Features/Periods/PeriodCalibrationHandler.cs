using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Periods;

/// <summary>
/// How well the confidence given in a period's check-ins predicted its key results' outcomes (see <see cref="ConfidenceCalibration"/>):
/// the Brier score over the check-ins (0 perfect, 0.25 always saying 5/10; null without check-ins) and per confidence 0–10 how many
/// check-ins gave it and the share of those whose key result made it.
/// </summary>
public sealed record CalibrationDto(Guid PeriodId, string PeriodName, PeriodState PeriodState, Guid? TeamId, Guid? PersonId,
    double? BrierScore, int CheckIns, int KeyResults, IReadOnlyList<CalibrationBin> Bins);

/// <summary>One closed period's Brier score, for the trend.</summary>
public sealed record CalibrationTrendPoint(Guid PeriodId, string PeriodName, DateOnly StartDate, double? BrierScore, int CheckIns);

/// <summary>
/// Which check-ins count: those on the key results of the period's objectives (owned by the team, when given), made before the
/// period's last day ended (a later one already knows the outcome), written by the person, when given.
/// </summary>
internal sealed class PeriodCalibrationHandler(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<CalibrationDto>> GetAsync(Caller caller, Guid periodId, Guid? teamId, Guid? personId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null || !await FiltersExistAsync(db, caller.OrganisationId, teamId, personId, ct)) return Outcome.NotFound;
        var result = await ComputeAsync(db, caller.OrganisationId, period, teamId, personId, ct);
        return new CalibrationDto(period.Id, period.Name, period.State, teamId, personId, Round(result.BrierScore), result.CheckIns,
            result.KeyResults, result.Bins.Select(b => b with { HitRate = Round(b.HitRate) }).ToList());
    }

    /// <summary>The Brier score of every closed period, oldest first.</summary>
    public async Task<Outcome<IReadOnlyList<CalibrationTrendPoint>>> TrendAsync(Caller caller, Guid? teamId, Guid? personId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await FiltersExistAsync(db, caller.OrganisationId, teamId, personId, ct)) return Outcome.NotFound;
        var closed = await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Closed)
            .OrderBy(p => p.StartDate).ToListAsync(ct);
        var points = new List<CalibrationTrendPoint>(closed.Count);
        foreach (var period in closed)
        {
            var result = await ComputeAsync(db, caller.OrganisationId, period, teamId, personId, ct);
            points.Add(new CalibrationTrendPoint(period.Id, period.Name, period.StartDate, Round(result.BrierScore), result.CheckIns));
        }
        return points;
    }

    private static async Task<bool> FiltersExistAsync(FokusDbContext db, Guid org, Guid? teamId, Guid? personId, CancellationToken ct) =>
        (teamId is not { } t || await db.Teams.AnyAsync(x => x.Id == t, ct))
        && (personId is not { } p || await db.People.AnyAsync(x => x.Id == p, ct));

    private static async Task<CalibrationResult> ComputeAsync(FokusDbContext db, Guid org, Period period, Guid? teamId, Guid? personId,
        CancellationToken ct)
    {
        var end = new DateTimeOffset(period.EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var objectives = db.Objectives.Where(o => o.PeriodId == period.Id && (teamId == null || o.OwnerTeamId == teamId));
        var keyResults = db.KeyResults.AsNoTracking().Join(objectives, k => k.ObjectiveId, o => o.Id, (k, o) => k);
        // Counted per key result and confidence in the database, so a large period reads a few rows per key result.
        var counts = await db.CheckIns
            .Where(c => c.CreatedAt < end && (personId == null || c.AuthorPersonId == personId))
            .Join(keyResults, c => c.KeyResultId, k => k.Id, (c, k) => new { c.KeyResultId, c.Confidence })
            .GroupBy(c => new { c.KeyResultId, c.Confidence })
            .Select(g => new { g.Key.KeyResultId, g.Key.Confidence, Count = g.Count() })
            .ToListAsync(ct);
        if (counts.Count == 0) return ConfidenceCalibration.Of([]);
        var hits = (await keyResults.ToListAsync(ct)).ToDictionary(k => k.Id, ConfidenceCalibration.Hit);
        var inputs = counts.GroupBy(c => c.KeyResultId).Select(g => new CalibrationInput(
            g.SelectMany(c => Enumerable.Repeat(c.Confidence, c.Count)).ToList(), hits.GetValueOrDefault(g.Key)));
        return ConfidenceCalibration.Of(inputs);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
