using Fokus.Core.Model;

namespace Fokus.Web.Features.Objectives;

public sealed record KeyResultDto(
    Guid Id, Guid ObjectiveId, string Title, string Description, Guid? OwnerPersonId, string? OwnerName,
    KeyResultType Type, string Unit, string? CurrencyCode, decimal StartValue, decimal TargetValue, decimal CurrentValue,
    bool Done, Direction Direction, decimal Weight, int SortOrder, int Version,
    DateTimeOffset? LastCheckInAt, int? LastConfidence, decimal? Score,
    double Progress, double ExpectedProgress, KeyResultStatus Status, DateTimeOffset CreatedAt, DateOnly? CheckInsCountFrom)
{
    /// <summary>Percent key results only: values may go beyond 0–100.</summary>
    public bool UnboundedPercent { get; init; }
}

public sealed record ObjectiveDto(
    Guid Id, Guid? PeriodId, string Title, string Description, ObjectiveLevel Level,
    Guid? OwnerTeamId, Guid? OwnerPersonId, string? OwnerName, Guid? ParentObjectiveId,
    ObjectiveState State, int SortOrder, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    double Progress, double ExpectedProgress, KeyResultStatus? Status, IReadOnlyList<KeyResultDto> KeyResults);

internal sealed record KeyResultInput(
    string? Title, string? Description, Guid? OwnerPersonId, KeyResultType? Type, string? Unit, string? CurrencyCode,
    decimal? StartValue, decimal? TargetValue, Direction? Direction, decimal? Weight, int? SortOrder)
{
    /// <summary>Percent key results only: values may go beyond 0–100 (growth rates and the like).</summary>
    public bool? UnboundedPercent { get; init; }
}

internal sealed record CreateObjectiveRequest(
    string? Title, string? Description, Guid? PeriodId, ObjectiveLevel? Level, Guid? OwnerTeamId, Guid? OwnerPersonId,
    Guid? ParentObjectiveId, ObjectiveState? State, int? SortOrder, IReadOnlyList<KeyResultInput>? KeyResults);

internal sealed record UpdateObjectiveRequest(
    int? Version, string? Title, string? Description, Guid? PeriodId, ObjectiveLevel? Level, Guid? OwnerTeamId,
    Guid? OwnerPersonId, Guid? ParentObjectiveId, ObjectiveState? State, int? SortOrder);

internal sealed record ObjectiveFilter(Guid? PeriodId, Guid? TeamId, Guid? OwnerPersonId, ObjectiveLevel? Level, ObjectiveState? State, int? Page, int? PageSize);

public sealed record ObjectiveOption(Guid Id, string Title, ObjectiveLevel Level, string? OwnerName);
