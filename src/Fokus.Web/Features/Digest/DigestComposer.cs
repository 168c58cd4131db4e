using System.Text.Json;
using System.Text.Json.Serialization;
using Fokus.Core.Model;
using Fokus.Core.Rhythm;
using Fokus.Core.Rules;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Digest;

/// <summary>Reads a scope's key results and the week's check-ins and turns them into a digest (wins first).</summary>
internal static class DigestComposer
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The digest of one team (or of the organisation when teamId is null) for the days from..to.</summary>
    public static async Task<DigestContent> ComposeAsync(FokusDbContext db, Organisation org, Guid? teamId, Period period,
        DateOnly from, DateOnly to, CancellationToken ct)
    {
        var krs = await (from k in db.KeyResults
                         join o in db.Objectives on k.ObjectiveId equals o.Id
                         where o.PeriodId == period.Id && o.State == ObjectiveState.Active && (teamId == null || o.OwnerTeamId == teamId)
                         select new { Kr = k, Owner = db.People.Where(p => p.Id == k.OwnerPersonId).Select(p => p.Name).FirstOrDefault() })
            .AsNoTracking().ToListAsync(ct);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var moved = krs.Where(k => k.Kr.LastCheckInAt >= start).Select(k => k.Kr.Id).ToList();
        var before = await ValuesBeforeAsync(db, moved, start, ct);

        var items = krs.Select(k =>
        {
            var kr = k.Kr;
            var progress = KeyResultProgress.Of(kr);
            var (value, done) = before.TryGetValue(kr.Id, out var b) ? b : kr.LastCheckInAt >= start ? (kr.StartValue, false) : (kr.CurrentValue, kr.Done);
            var progressBefore = KeyResultProgress.Of(kr.Type, kr.Direction, kr.StartValue, kr.TargetValue, value, done);
            var timeline = KeyResultTimeline.Of(kr, period, org.NewKeyResultGraceDays);
            var (status, expected) = timeline.Assess(progress, kr.LastCheckInAt, kr.LastConfidence, to, org.Thresholds);
            var last = kr.LastCheckInAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            return new DigestKeyResult(kr.Id, kr.Title, k.Owner, progress, progressBefore, expected, status, last, timeline.PathStart);
        }).ToList();

        var ids = krs.Select(k => k.Kr.Id).ToList();
        var titles = krs.ToDictionary(k => k.Kr.Id, k => k.Kr.Title);
        var notes = await db.CheckIns.AsNoTracking()
            .Where(c => ids.Contains(c.KeyResultId) && c.CreatedAt >= start && c.CreatedAt < end && c.WentWell != "")
            .OrderByDescending(c => c.CreatedAt).Take(DigestBuilder.MaxNotes * 3)
            .Select(c => new { c.Id, c.KeyResultId, c.WentWell, c.CreatedAt, Author = db.People.Where(p => p.Id == c.AuthorPersonId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return DigestBuilder.Build(from, to, items,
            notes.Select(n => new DigestNote(n.Id, n.KeyResultId, titles[n.KeyResultId], n.Author, n.WentWell, n.CreatedAt)).ToList());
    }

    /// <summary>The value (and milestone state) each key result had before the week: its last earlier check-in.</summary>
    private static async Task<Dictionary<Guid, (decimal Value, bool Done)>> ValuesBeforeAsync(FokusDbContext db, List<Guid> ids, DateTimeOffset start, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var latest = await db.CheckIns.AsNoTracking().Where(c => ids.Contains(c.KeyResultId) && c.CreatedAt < start)
            .GroupBy(c => c.KeyResultId).Select(g => new { g.Key, At = g.Max(c => c.CreatedAt) }).ToListAsync(ct);
        var result = new Dictionary<Guid, (decimal, bool)>();
        foreach (var l in latest)
        {
            var c = await db.CheckIns.AsNoTracking().Where(x => x.KeyResultId == l.Key && x.CreatedAt == l.At)
                .Select(x => new { x.Value, x.Done }).FirstAsync(ct);
            result[l.Key] = (c.Value ?? (c.Done == true ? 1 : 0), c.Done ?? false);
        }
        return result;
    }

    public static string Serialize(DigestContent content) => JsonSerializer.Serialize(content, Json);

    public static DigestContent Deserialize(string json) => JsonSerializer.Deserialize<DigestContent>(json, Json)!;
}
