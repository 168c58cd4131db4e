using Fokus.Core.Model;
using Fokus.Web.Features.Periods;

namespace Fokus.Web.Features.BigPicture;

/// <summary>Trend is the change in progress over the recent check-ins (see BigPictureHandler.TrendWindow).</summary>
public sealed record BigPictureKeyResult(Guid Id, string Title, KeyResultType Type, string Unit, string? CurrencyCode,
    decimal StartValue, decimal TargetValue, decimal CurrentValue, bool Done, decimal Weight, Guid? OwnerPersonId, string? OwnerName,
    int? LastConfidence, DateTimeOffset? LastCheckInAt, double Progress, KeyResultStatus Status, double Trend);

public sealed record BigPictureNode(Guid Id, string Title, ObjectiveLevel Level, ObjectiveState State, Guid? PeriodId,
    Guid? OwnerTeamId, Guid? OwnerPersonId, string? OwnerName, Guid? ParentObjectiveId,
    double Progress, KeyResultStatus? Status, int KeyResultCount, double Trend,
    IReadOnlyList<BigPictureKeyResult> KeyResults, IReadOnlyList<BigPictureNode> Children);

/// <summary>Vision and mission on top, then the objective tree from strategic objectives down to personal ones.</summary>
internal sealed record BigPictureDto(Guid OrganisationId, string OrganisationName, string Vision, string Mission,
    PeriodDto? Period, int ObjectiveCount, IReadOnlyList<BigPictureNode> Objectives);
