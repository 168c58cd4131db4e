using Fokus.Core.Model;

namespace Fokus.Core.Rhythm;

/// <summary>A key result as the digest shows it, with its progress at the start of the week.</summary>
public sealed record DigestKeyResult(Guid Id, string Title, string? OwnerName, double Progress, double ProgressBefore,
    double Expected, KeyResultStatus Status, DateOnly? LastCheckIn, DateOnly CountsFrom)
{
    public double Moved => Progress - ProgressBefore;
}

/// <summary>A "what went well" note from a check-in in the digest's week.</summary>
public sealed record DigestNote(Guid CheckInId, Guid KeyResultId, string KeyResultTitle, string? AuthorName, string Text, DateTimeOffset At);

/// <summary>Positive signals: what went well, the key results that moved most, and those that reached their target.</summary>
public sealed record DigestWins(IReadOnlyList<DigestNote> WentWell, IReadOnlyList<DigestKeyResult> MovedMost, IReadOnlyList<DigestKeyResult> ReachedTarget)
{
    public int Count => WentWell.Count + MovedMost.Count + ReachedTarget.Count;
}

/// <summary>What needs attention: off track, at risk, and check-ins gone stale.</summary>
public sealed record DigestAttention(IReadOnlyList<DigestKeyResult> OffTrack, IReadOnlyList<DigestKeyResult> AtRisk, IReadOnlyList<DigestKeyResult> Stale)
{
    public int Count => OffTrack.Count + AtRisk.Count + Stale.Count;
}

/// <summary>Progress against the expected path: the average of the key results and where the path says they should be.</summary>
public sealed record DigestProgress(int KeyResults, double Average, double Expected, int OnTrack, int AtRisk, int OffTrack, int Done);

/// <summary>The digest's sections in the order they are read: wins first, then what needs attention, then progress.</summary>
public sealed record DigestContent(DateOnly From, DateOnly To, DigestWins Wins, DigestAttention NeedsAttention, DigestProgress Progress);
