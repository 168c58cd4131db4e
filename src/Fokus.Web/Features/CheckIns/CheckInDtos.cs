using Fokus.Core.Model;
using Fokus.Web.Features.Objectives;

namespace Fokus.Web.Features.CheckIns;

public sealed record CheckInDto(Guid Id, Guid KeyResultId, decimal? Value, bool? Done, int Confidence,
    string WentWell, string Blockers, string Note, Guid? AuthorPersonId, string? AuthorName, DateTimeOffset CreatedAt)
{
    public static CheckInDto From(CheckIn c, string? authorName) => new(c.Id, c.KeyResultId, c.Value, c.Done, c.Confidence,
        c.WentWell, c.Blockers, c.Note, c.AuthorPersonId, authorName, c.CreatedAt);
}

internal sealed record CreateCheckInRequest(decimal? Value, bool? Done, int? Confidence, string? WentWell, string? Blockers, string? Note)
{
    /// <summary>Yes, the value really is far outside the key result's range (more than 10 × start to target).</summary>
    public bool? ConfirmOutlier { get; init; }
}

internal sealed record UpdateCheckInRequest(int? Confidence, string? WentWell, string? Blockers, string? Note)
{
    /// <summary>A corrected value (not for milestones), judged like a new check-in's; null keeps the stored one.</summary>
    public decimal? Value { get; init; }
    /// <summary>A corrected done (milestones only); null keeps the stored one.</summary>
    public bool? Done { get; init; }
    public bool? ConfirmOutlier { get; init; }
}

/// <summary>A removed check-in with the comments and reactions that went with it, kept in the page for an undo.</summary>
internal sealed record RemovedCheckIn(CheckIn CheckIn, IReadOnlyList<CheckInComment> Comments, IReadOnlyList<CheckInReaction> Reactions);

/// <summary>The stored check-in and the key result as it stands after it: new current value, progress and status.</summary>
public sealed record CheckInResult(CheckInDto CheckIn, KeyResultDto KeyResult);
