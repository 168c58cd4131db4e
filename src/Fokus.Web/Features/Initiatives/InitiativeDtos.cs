using Fokus.Core.Model;

namespace Fokus.Web.Features.Initiatives;

public sealed record InitiativeDto(Guid Id, string Title, string Description, Guid? OwnerPersonId, string? OwnerName,
    InitiativeStatus Status, DateOnly? DueDate, IReadOnlyList<Guid> KeyResultIds)
{
    public static InitiativeDto From(Initiative i, string? ownerName) => new(i.Id, i.Title, i.Description, i.OwnerPersonId, ownerName,
        i.Status, i.DueDate, i.KeyResults.Select(k => k.KeyResultId).Order().ToList());
}

/// <summary>On create a null owner means the caller and a null status "not started"; on update a null owner or status keeps the current one.</summary>
internal sealed record SaveInitiativeRequest(string? Title, string? Description, Guid? OwnerPersonId, InitiativeStatus? Status,
    DateOnly? DueDate, IReadOnlyList<Guid>? KeyResultIds);

internal sealed record InitiativeFilter(Guid? KeyResultId, Guid? OwnerPersonId, InitiativeStatus? Status, int? Page, int? PageSize);
