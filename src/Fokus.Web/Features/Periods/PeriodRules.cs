using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Periods;

/// <summary>A closed period is read-only: its objectives, key results and check-ins stay as they were scored.</summary>
internal static class PeriodRules
{
    public static async Task<bool> IsClosedAsync(FokusDbContext db, Guid? periodId, CancellationToken ct) =>
        periodId is { } id && await db.Periods.AnyAsync(p => p.Id == id && p.State == PeriodState.Closed, ct);

    public static async Task<bool> ObjectiveIsClosedAsync(FokusDbContext db, Guid objectiveId, CancellationToken ct) =>
        await db.Objectives.Where(o => o.Id == objectiveId)
            .AnyAsync(o => db.Periods.Any(p => p.Id == o.PeriodId && p.State == PeriodState.Closed), ct);

    public static bool IsClosed(Period? period) => period?.State == PeriodState.Closed;

    public static Outcome Closed(string field) => Outcome.Invalid(field, SharedText.Get("Validation.PeriodClosed"));
}
