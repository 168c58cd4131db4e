using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.KeyResults;

/// <summary>The organisation's "at most N key results per objective", checked by the API, the editor and the import alike.</summary>
internal static class KeyResultLimit
{
    public const string Field = "keyResults";

    public static async Task<int> OfAsync(FokusDbContext db, Guid organisationId, CancellationToken ct) =>
        CheckInPlausibility.EffectiveLimit(await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => o.MaxKeyResultsPerObjective).FirstOrDefaultAsync(ct));

    /// <summary>A field error on "keyResults" when an objective would have more than the limit.</summary>
    public static Validator Check(Validator v, int count, int limit) =>
        v.Check(count <= limit, Field, "Plausible.TooManyKeyResults", limit, count);
}
