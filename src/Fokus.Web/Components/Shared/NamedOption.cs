namespace Fokus.Web.Components.Shared;

/// <summary>A pickable thing (team, person, objective) as a picker shows it.</summary>
public sealed record NamedOption(Guid Id, string Name, string? Detail = null);
