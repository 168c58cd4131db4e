using Fokus.Core.Model;

namespace Fokus.Web.Features.Meetings;

public sealed record MeetingItemDto(Guid Id, Guid MeetingId, MeetingItemKind Kind, string Text, Guid? KeyResultId, string? KeyResultTitle,
    Guid? InitiativeId, Guid? OwnerPersonId, string? OwnerName, DateOnly? DueDate, bool Done, DateTimeOffset CreatedAt);

public sealed record MeetingWinDto(Guid? PersonId, string? PersonName, Guid KeyResultId, string KeyResultTitle, string Text, double ProgressGain);

public sealed record MeetingExceptionDto(Guid KeyResultId, string Title, string? OwnerName, KeyResultStatus Status, KeyResultStatus? StatusBefore,
    bool Worsened, bool Stale, IReadOnlyList<int> ConfidenceTrend);

public sealed record MeetingSummaryDto(Guid Id, Guid TeamId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int Attendees, int Items);

/// <summary>A meeting with its agenda: open actions from before, the wins round, the exceptions, then this meeting's decisions and actions.</summary>
public sealed record MeetingDto(Guid Id, Guid TeamId, string TeamName, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string Notes,
    IReadOnlyList<Guid> AttendeeIds, DateTimeOffset Since, IReadOnlyList<MeetingItemDto> OpenFromBefore, IReadOnlyList<MeetingWinDto> Wins,
    IReadOnlyList<MeetingExceptionDto> Exceptions, IReadOnlyList<MeetingItemDto> Items, IReadOnlyList<MeetingPersonDto> Members,
    IReadOnlyList<MeetingPersonDto> KeyResults);

public sealed record MeetingPersonDto(Guid Id, string Name);

public sealed record UpdateMeetingRequest(string? Notes, IReadOnlyList<Guid>? AttendeeIds, bool? End);

public sealed record AddMeetingItemRequest(MeetingItemKind? Kind, string? Text, Guid? KeyResultId, Guid? InitiativeId, Guid? OwnerPersonId, DateOnly? DueDate);

public sealed record SetItemDoneRequest(bool? Done);
