using Fokus.Core.Model;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.CheckIns;

public sealed record CheckInCommentDto(Guid Id, Guid CheckInId, Guid? AuthorPersonId, string? AuthorName, string Text, DateTimeOffset CreatedAt);

/// <summary>How many people gave one kind of reaction, and whether the caller is one of them.</summary>
public sealed record ReactionCountDto(ReactionKind Kind, int Count, bool Mine);

/// <summary>Every kind of reaction on a check-in, in a fixed order, with zero counts included.</summary>
public sealed record ReactionSummaryDto(Guid CheckInId, IReadOnlyList<ReactionCountDto> Reactions);

/// <summary>One check-in in a history with its reactions and how many comments it has.</summary>
public sealed record CheckInEntryDto(CheckInDto CheckIn, IReadOnlyList<ReactionCountDto> Reactions, int CommentCount);

internal sealed record AddCommentRequest(string? Text);

internal sealed record ToggleReactionRequest(ReactionKind? Kind);

/// <summary>A reaction kind in the route, in the camelCase the JSON uses ("cheer").</summary>
internal static class ReactionKinds
{
    public static ReactionKind? Parse(string? raw) =>
        QueryEnum<ReactionKind>.TryParse(raw, out var parsed) ? parsed.Value : null;
}
