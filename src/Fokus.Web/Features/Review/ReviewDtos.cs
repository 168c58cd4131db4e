using Fokus.Core.Model;
using Fokus.Web.Features.Periods;

namespace Fokus.Web.Features.Review;

public sealed record ReviewKeyResultDto(Guid Id, string Title, KeyResultType Type, string Unit, string? CurrencyCode,
    decimal StartValue, decimal TargetValue, decimal CurrentValue, bool Done, decimal Weight, double Progress,
    decimal SuggestedScore, decimal? Score, bool Carry);

public sealed record ReviewObjectiveDto(Guid Id, string Title, ObjectiveLevel Level, Guid? OwnerTeamId, Guid? OwnerPersonId,
    string? OwnerName, Guid? ParentObjectiveId, bool CanEdit, ObjectiveOutcome SuggestedOutcome, ObjectiveOutcome? Outcome,
    string WhatWorked, string WhatDidNot, string DoDifferently, ObjectiveDecision? Decision, Guid? CarriedToObjectiveId,
    IReadOnlyList<ReviewKeyResultDto> KeyResults);

/// <summary>A period's objectives as the end-of-period wizard shows them; the next period is where carried objectives go.</summary>
public sealed record PeriodReviewDto(PeriodDto Period, Guid? TeamId, PeriodDto? NextPeriod, bool CanClose,
    IReadOnlyList<ReviewObjectiveDto> Objectives);

public sealed record KeyResultScoreInput(Guid? Id, decimal? Score);

/// <summary>Null lists keep what is stored; texts are replaced as given.</summary>
public sealed record SaveReviewRequest(IReadOnlyList<KeyResultScoreInput>? Scores, ObjectiveOutcome? Outcome, string? WhatWorked,
    string? WhatDidNot, string? DoDifferently, ObjectiveDecision? Decision, IReadOnlyList<Guid>? CarryKeyResultIds);

public sealed record CarryOverRequest(Guid? NextPeriodId, Guid? TeamId);

public sealed record CarryOverResult(PeriodDto NextPeriod, int Created, IReadOnlyList<Guid> ObjectiveIds);

public sealed record SimilarObjectiveDto(Guid ObjectiveId, string Title, string PeriodName, decimal Score, ObjectiveOutcome? Outcome,
    string WhatWorked, string WhatDidNot, string DoDifferently);
