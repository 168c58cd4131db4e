using Fokus.Core.Rhythm;
using Fokus.Web.Features.CheckIns;
using Fokus.Web.Features.Objectives;

namespace Fokus.Web.Features.Digest;

/// <summary>A digest in a list: its scope, week and how many wins and concerns it holds.</summary>
public sealed record DigestSummaryDto(Guid Id, Guid? TeamId, string ScopeName, DateOnly From, DateOnly To, DateTimeOffset CreatedAt,
    int Wins, int NeedsAttention);

/// <summary>A whole digest: wins first, then needs attention, then progress against the plan.</summary>
public sealed record DigestDto(Guid Id, Guid? TeamId, string ScopeName, DateOnly From, DateOnly To, DateTimeOffset CreatedAt, DigestContent Content);

/// <summary>A win in the feed: a check-in that says what went well, with its key result, reactions and comment count.</summary>
public sealed record WinDto(CheckInEntryDto Entry, KeyResultDto KeyResult, string ObjectiveTitle, Guid? TeamId, string? TeamName);
