using Fokus.Core.Model;

namespace Fokus.Web.Features.KeyResults;

/// <summary>An initiative as the key-result page lists it.</summary>
public sealed record LinkedInitiative(Guid Id, string Title, string? OwnerName, InitiativeStatus Status, DateOnly? DueDate);
