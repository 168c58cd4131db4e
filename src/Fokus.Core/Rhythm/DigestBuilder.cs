using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Rhythm;

/// <summary>Builds a weekly digest from key results and the week's "went well" notes; positive signals come first.</summary>
public static class DigestBuilder
{
    public const int Top = 5, MaxNotes = 10;

    public static DigestContent Build(DateOnly from, DateOnly to, IReadOnlyList<DigestKeyResult> keyResults, IReadOnlyList<DigestNote> notes)
    {
        var wentWell = notes.Where(n => !string.IsNullOrWhiteSpace(n.Text)).OrderByDescending(n => n.At).Take(MaxNotes).ToList();
        var reached = keyResults.Where(k => k.Progress >= 1 && k.ProgressBefore < 1).OrderBy(k => k.Title, StringComparer.CurrentCulture).ToList();
        var moved = keyResults.Where(k => k.Moved > 0.0001 && !reached.Contains(k))
            .OrderByDescending(k => k.Moved).ThenBy(k => k.Title, StringComparer.CurrentCulture).Take(Top).ToList();

        var open = keyResults.Where(k => k.Status != KeyResultStatus.Done).ToList();
        var offTrack = open.Where(k => k.Status == KeyResultStatus.OffTrack).OrderBy(k => k.Progress - k.Expected).ToList();
        var atRisk = open.Where(k => k.Status == KeyResultStatus.AtRisk).OrderBy(k => k.Progress - k.Expected).ToList();
        var stale = open.Where(k => CheckInSchedule.IsStale(k.LastCheckIn, k.CountsFrom, to))
            .OrderBy(k => k.LastCheckIn ?? DateOnly.MinValue).ToList();

        var progress = new DigestProgress(keyResults.Count,
            keyResults.Count == 0 ? 0 : keyResults.Average(k => k.Progress),
            keyResults.Count == 0 ? 0 : keyResults.Average(k => k.Expected),
            keyResults.Count(k => k.Status == KeyResultStatus.OnTrack), keyResults.Count(k => k.Status == KeyResultStatus.AtRisk),
            keyResults.Count(k => k.Status == KeyResultStatus.OffTrack), keyResults.Count(k => k.Status == KeyResultStatus.Done));
        return new DigestContent(from, to, new DigestWins(wentWell, moved, reached), new DigestAttention(offTrack, atRisk, stale), progress);
    }

    /// <summary>
    /// The week a digest covers on <paramref name="today"/>: it comes out the day after the check-in weekday and covers
    /// the seven days up to and including that check-in day. Answers (issued, from, to).
    /// </summary>
    public static (DateOnly Issued, DateOnly From, DateOnly To) WeekOf(DateOnly today, DayOfWeek checkInWeekday)
    {
        var issueDay = (DayOfWeek)(((int)checkInWeekday + 1) % 7);
        var issued = today.AddDays(-(((int)today.DayOfWeek - (int)issueDay + 7) % 7));
        return (issued, issued.AddDays(-7), issued.AddDays(-1));
    }
}
