using Fokus.Core.Model;

namespace Fokus.Web.Features.Initiatives;

public sealed record InitiativeDto(Guid Id, string Title, string Description, Guid? OwnerPersonId, string? OwnerName,
    InitiativeStatus Status, DateOnly? DueDate, IReadOnlyList<Guid> KeyResultIds, Guid? TeamId = null)
{
    public static InitiativeDto From(Initiative i, string? ownerName) => new(i.Id, i.Title, i.Description, i.OwnerPersonId, ownerName,
        i.Status, i.DueDate, i.KeyResults.Select(k => k.KeyResultId).Order().ToList(), i.TeamId);
}

/// <summary>On create a null owner means the caller and a null status "not started"; on update a null owner, status or team keeps the current one.</summary>
internal sealed record SaveInitiativeRequest(string? Title, string? Description, Guid? OwnerPersonId, InitiativeStatus? Status,
    DateOnly? DueDate, IReadOnlyList<Guid>? KeyResultIds, Guid? TeamId = null);

/// <summary>A team filter finds the team's own initiatives and those linked to its key results.</summary>
internal sealed record InitiativeFilter(Guid? KeyResultId, Guid? OwnerPersonId, InitiativeStatus? Status, int? Page, int? PageSize, Guid? TeamId = null);
