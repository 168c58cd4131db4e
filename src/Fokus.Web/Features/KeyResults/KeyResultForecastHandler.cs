using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.KeyResults;

/// <summary>
/// Where a key result is heading at its period's end (see <see cref="KeyResultForecast"/>). Probability (0–1), low and high
/// (the 10th and 90th percentiles) are null without a forecast: method "not-enough-data" below three check-ins, "milestone" for
/// a milestone not yet done, "no-period" outside a period. AtRisk: the probability is below 0.5.
/// </summary>
public sealed record KeyResultForecastDto(double? ProjectedValue, double? Probability, double? Low, double? High, string Method,
    int BasedOnCheckIns, bool? AtRisk, DateOnly? PeriodEnd)
{
    internal static KeyResultForecastDto From(ForecastResult f, DateOnly? periodEnd) => new(Round(f.ProjectedValue, 4),
        Round(f.Probability, 3), Round(f.Low, 4), Round(f.High, 4), f.Method, f.BasedOnCheckIns, f.AtRisk, periodEnd);

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}

internal sealed class KeyResultForecastHandler(IDbContextFactory<FokusDbContext> dbs)
{
    public const string NoPeriod = "no-period";

    public async Task<Outcome<KeyResultForecastDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var kr = await db.KeyResults.AsNoTracking().Where(k => k.Id == id)
            .Join(db.Objectives, k => k.ObjectiveId, o => o.Id, (k, o) => new { k.Type, k.Direction, k.TargetValue, o.PeriodId })
            .FirstOrDefaultAsync(ct);
        if (kr is null) return Outcome.NotFound;
        var period = kr.PeriodId is { } periodId
            ? await db.Periods.AsNoTracking().Where(p => p.Id == periodId).Select(p => new { p.StartDate, p.EndDate }).FirstOrDefaultAsync(ct)
            : null;
        var milestone = kr.Type == KeyResultType.Milestone;
        // Only the latest check-ins count (the forecast caps them anyway); milestones plot done as 1.
        var rows = await db.CheckIns.AsNoTracking().Where(c => c.KeyResultId == id)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(KeyResultForecast.MaxCheckIns)
            .Select(c => new { c.CreatedAt, c.Value, c.Done }).ToListAsync(ct);
        var observations = rows.Where(r => milestone ? r.Done is not null : r.Value is not null)
            .Select(r => new Observation(r.CreatedAt, milestone ? (r.Done == true ? 1 : 0) : (double)r.Value!.Value)).ToList();
        if (period is null)
            return new KeyResultForecastDto(null, null, null, null, NoPeriod, observations.Count, null, null);
        var forecast = KeyResultForecast.Of(kr.Type, kr.Direction, kr.TargetValue, period.StartDate, period.EndDate, observations);
        return KeyResultForecastDto.From(forecast, period.EndDate);
    }
}
