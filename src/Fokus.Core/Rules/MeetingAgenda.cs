using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>A key result as the meeting sees it: where it stands now and its check-ins.</summary>
public sealed record AgendaKeyResult(Guid Id, string Title, string? OwnerName, KeyResult State, IReadOnlyList<CheckIn> CheckIns);

public sealed record AgendaWin(Guid KeyResultId, string KeyResultTitle, Guid? PersonId, string Text, double ProgressGain, DateTimeOffset At);

public sealed record AgendaException(Guid KeyResultId, string Title, string? OwnerName, KeyResultStatus Status, KeyResultStatus? StatusBefore,
    bool Worsened, bool Stale, IReadOnlyList<int> ConfidenceTrend);

/// <summary>
/// A check-in meeting's agenda: first the wins since the last meeting (what went well, what moved), then the exceptions
/// (worse than at the last meeting, off track, or stale), each with its confidence trend.
/// </summary>
public static class MeetingAgenda
{
    public static IReadOnlyList<AgendaWin> Wins(IEnumerable<AgendaKeyResult> krs, DateTimeOffset since) =>
        krs.SelectMany(k =>
        {
            var ordered = k.CheckIns.OrderBy(c => c.CreatedAt).ToList();
            return ordered.Select((c, i) => (c, Before: Progress(k.State, ordered.Take(i).LastOrDefault()), After: Progress(k.State, c)))
                .Where(x => x.c.CreatedAt > since && (x.c.WentWell.Length > 0 || x.After > x.Before))
                .Select(x => new AgendaWin(k.Id, k.Title, x.c.AuthorPersonId, x.c.WentWell, x.After - x.Before, x.c.CreatedAt));
        })
        .OrderBy(w => w.PersonId).ThenByDescending(w => w.ProgressGain).ToList();

    public static IReadOnlyList<AgendaException> Exceptions(IEnumerable<AgendaKeyResult> krs, DateTimeOffset since, DateTimeOffset now,
        Period? period, StatusThresholds thresholds, int graceDays)
    {
        var list = new List<AgendaException>();
        foreach (var k in krs)
        {
            var ordered = k.CheckIns.OrderBy(c => c.CreatedAt).ToList();
            KeyResultTimeline? timeline = period is null ? null : KeyResultTimeline.Of(k.State, period, graceDays);
            var status = StatusAt(k.State, ordered.LastOrDefault(), now, timeline, thresholds);
            var earlier = ordered.LastOrDefault(c => c.CreatedAt <= since);
            KeyResultStatus? before = earlier is null ? null : StatusAt(k.State, earlier, since, timeline, thresholds);
            var worsened = before is { } b && Rank(status) > Rank(b);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var last = k.State.LastCheckInAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            // Stale counts from the key result's own start: a key result added this week has missed nothing yet.
            var stale = timeline is { } t && CheckInSchedule.IsStale(last, t.PathStart, today);
            if (!worsened && !stale && status != KeyResultStatus.OffTrack) continue;
            list.Add(new AgendaException(k.Id, k.Title, k.OwnerName, status, before, worsened, stale,
                ordered.TakeLast(6).Select(c => c.Confidence).ToList()));
        }
        return list.OrderByDescending(e => e.Worsened).ThenByDescending(e => Rank(e.Status)).ThenByDescending(e => e.Stale).ToList();
    }

    private static double Progress(KeyResult k, CheckIn? c) => c is null
        ? KeyResultProgress.Of(k.Type, k.Direction, k.StartValue, k.TargetValue, k.StartValue, false)
        : KeyResultProgress.Of(k.Type, k.Direction, k.StartValue, k.TargetValue, c.Value ?? k.StartValue, c.Done ?? false);

    private static KeyResultStatus StatusAt(KeyResult k, CheckIn? c, DateTimeOffset at, KeyResultTimeline? timeline, StatusThresholds thresholds) =>
        timeline is { } t
            ? t.Assess(Progress(k, c), c?.CreatedAt, c?.Confidence, DateOnly.FromDateTime(at.UtcDateTime), thresholds).Status
            : KeyResultStatusRule.Of(Progress(k, c), 0, c?.Confidence, thresholds);

    // Higher is worse; done is the best of all, and not started is no worse than on track.
    private static int Rank(KeyResultStatus s) => s switch
    {
        KeyResultStatus.Done => 0, KeyResultStatus.OnTrack or KeyResultStatus.NotStarted => 1, KeyResultStatus.AtRisk => 2, _ => 3,
    };
}
