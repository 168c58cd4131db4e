using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.CheckIns;

/// <summary>Reactions and comment counts for a set of check-ins, in two queries.</summary>
internal static class CheckInSocialReads
{
    public static async Task<Dictionary<Guid, IReadOnlyList<ReactionCountDto>>> ReactionsAsync(FokusDbContext db,
        IReadOnlyCollection<Guid> checkIns, Guid personId, CancellationToken ct)
    {
        var rows = await db.CheckInReactions.AsNoTracking().Where(r => checkIns.Contains(r.CheckInId))
            .GroupBy(r => new { r.CheckInId, r.Kind })
            .Select(g => new { g.Key.CheckInId, g.Key.Kind, Count = g.Count(), Mine = g.Count(r => r.PersonId == personId) > 0 })
            .ToListAsync(ct);
        return checkIns.ToDictionary(id => id, id => (IReadOnlyList<ReactionCountDto>)Enum.GetValues<ReactionKind>()
            .Select(kind => rows.FirstOrDefault(r => r.CheckInId == id && r.Kind == kind) is { } row
                ? new ReactionCountDto(kind, row.Count, row.Mine) : new ReactionCountDto(kind, 0, false))
            .ToList());
    }

    public static async Task<Dictionary<Guid, int>> CommentCountsAsync(FokusDbContext db, IReadOnlyCollection<Guid> checkIns, CancellationToken ct) =>
        await db.CheckInComments.AsNoTracking().Where(c => checkIns.Contains(c.CheckInId))
            .GroupBy(c => c.CheckInId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public static Task<bool> CheckInExistsAsync(FokusDbContext db, Guid checkInId, Guid organisationId, CancellationToken ct) =>
        db.CheckIns.AnyAsync(c => c.Id == checkInId, ct);
}
