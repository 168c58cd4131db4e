using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Web.Features.Imports.Resolving;

/// <summary>A file's objective matched against the organisation: new or an existing one to update, with its owner, period and parent.</summary>
internal sealed class ResolvedObjective(PlannedObjective plan, Objective? existing, Guid id)
{
    public PlannedObjective Plan { get; } = plan;
    public Objective? Existing { get; } = existing;
    public Guid Id { get; } = id;
    public bool IsNew => Existing is null;
    public Guid? PeriodId { get; set; }
    public ObjectiveLevel Level { get; set; }
    public Guid? TeamId { get; set; }
    public string? TeamName { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public Guid? ParentId { get; set; }
    public bool Changed { get; set; }
    public List<ResolvedKeyResult> KeyResults { get; } = [];
}

internal sealed class ResolvedKeyResult(PlannedKeyResult plan, KeyResult? existing, Guid id)
{
    public PlannedKeyResult Plan { get; } = plan;
    public KeyResult? Existing { get; } = existing;
    public Guid Id { get; } = id;
    public bool IsNew => Existing is null;
    public Guid? OwnerPersonId { get; set; }
    public bool Changed { get; set; }
    public string? ActivityHint { get; set; }
    public bool Activity { get; set; }
    /// <summary>The check-ins the apply adds: the file's current value, or the JSON history newer than what is stored.</summary>
    public List<PlannedCheckIn> NewCheckIns { get; } = [];
}

internal sealed record NewTeam(Guid Id, string Name);

internal sealed record NewPerson(Guid Id, string Name, string Email);

/// <summary>Everything an apply would do, in parent-before-child order, and every problem found on the way.</summary>
internal sealed class ImportResolution
{
    public List<ResolvedObjective> Objectives { get; } = [];
    public List<NewTeam> NewTeams { get; } = [];
    public List<NewPerson> NewPeople { get; } = [];
    public List<ImportProblem> Problems { get; } = [];
    public SortedSet<string> MissingTeams { get; } = new(StringComparer.OrdinalIgnoreCase);
    public SortedSet<string> MissingPeople { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool HasErrors => Problems.Any(p => p.IsError);

    public ImportCounts ToCreate => new(
        Objectives.Count(o => o.IsNew),
        Objectives.Sum(o => o.KeyResults.Count(k => k.IsNew)),
        Objectives.Sum(o => o.KeyResults.Sum(k => k.NewCheckIns.Count)),
        NewPeople.Count,
        NewTeams.Count);

    public ImportUpdateCounts ToUpdate => new(
        Objectives.Count(o => !o.IsNew && o.Changed),
        Objectives.Sum(o => o.KeyResults.Count(k => !k.IsNew && k.Changed)));
}
