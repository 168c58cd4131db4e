using Fokus.Core.Coach;
using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Web.Features.Imports.Resolving;

/// <summary>Matches a file's key result to a stored one (source id, else title within the objective), decides its check-ins and asks the coach about its title.</summary>
internal static class ImportKeyResultResolver
{
    public static ResolvedKeyResult Resolve(PlannedKeyResult p, ResolvedObjective objective, HashSet<Guid> claimed,
        ImportOrgData org, ImportOwners owners, ResolveOptions o, ImportResolution r)
    {
        KeyResult? existing = null;
        if (objective.Existing is { } eo)
        {
            if (p.SourceId is { } sid && org.KeyResultsById.TryGetValue(sid, out var byId) && byId.ObjectiveId == eo.Id && !claimed.Contains(sid))
                existing = byId;
            existing ??= eo.KeyResults.FirstOrDefault(k => !claimed.Contains(k.Id)
                && string.Equals(k.Title.Trim(), p.Title.Trim(), StringComparison.OrdinalIgnoreCase));
        }
        var kr = new ResolvedKeyResult(p, existing, existing?.Id ?? Guid.CreateVersion7());
        claimed.Add(kr.Id);
        kr.OwnerPersonId = owners.Person(p.Owner, p.Row, o.Column(ImportField.Owner));
        if (p.Title.Length > 300) r.Problems.Add(new ImportProblem(p.Row, o.Column(ImportField.KeyResult), "Import.Resolve.TooLong", ["300"]));
        if (p.Unit.Length > 32) r.Problems.Add(new ImportProblem(p.Row, o.Column(ImportField.Unit), "Import.Resolve.TooLong", ["32"]));
        if (existing is not null) kr.Changed = Differs(existing, p, kr.OwnerPersonId);
        AddCheckIns(kr, p, existing, o);
        var analysis = KeyResultCoach.Analyze(p.Title.Length > KeyResultCoach.MaxLength ? p.Title[..KeyResultCoach.MaxLength] : p.Title,
            null, o.Reader, new KeyResultFacts(p.Start != p.Target, kr.OwnerPersonId is not null, p.Type == KeyResultType.Milestone));
        if (analysis.Classification == KeyResultClass.Activity)
        {
            kr.Activity = true;
            kr.ActivityHint = analysis.Findings.FirstOrDefault(f => f.Code == "activity")?.Message;
        }
        return kr;
    }

    private static void AddCheckIns(ResolvedKeyResult kr, PlannedKeyResult p, KeyResult? existing, ResolveOptions o)
    {
        var confidence = Math.Clamp(p.Confidence ?? existing?.LastConfidence ?? 5, 0, 10);
        if (p.CheckIns.Count > 0)
        {
            // Fokus's JSON carries the history: add what is newer than the stored key result's last check-in.
            kr.NewCheckIns.AddRange(p.CheckIns.Where(c => existing?.LastCheckInAt is not { } last || c.CreatedAt > last).OrderBy(c => c.CreatedAt));
            return;
        }
        if (p.Type == KeyResultType.Milestone)
        {
            if (existing is null ? p.Done : p.Done != existing.Done)
                kr.NewCheckIns.Add(new PlannedCheckIn(o.Now, null, p.Done, confidence, "", "", "", null));
            return;
        }
        // A re-import of the same file finds the value already stored and adds nothing.
        if (p.Current is { } current && (existing is null || current != existing.CurrentValue))
            kr.NewCheckIns.Add(new PlannedCheckIn(o.Now, current, null, confidence, "", "", "", null));
    }

    private static bool Differs(KeyResult k, PlannedKeyResult p, Guid? owner) =>
        !string.Equals(k.Title, p.Title.Trim(), StringComparison.Ordinal)
        || (p.Description.Length > 0 && k.Description != p.Description.Trim())
        || k.Type != p.Type || k.Direction != p.Direction
        || (p.Unit.Length > 0 && k.Unit != p.Unit) || (p.CurrencyCode is not null && k.CurrencyCode != p.CurrencyCode)
        || k.StartValue != p.Start || k.TargetValue != p.Target || k.Weight != p.Weight
        || (owner is not null && k.OwnerPersonId != owner);
}
