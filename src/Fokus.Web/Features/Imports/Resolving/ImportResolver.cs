using System.Globalization;
using Fokus.Core.Imports;
using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Web.Features.Imports.Resolving;

/// <summary>Column names the problems carry: the header the mapped column has in the file, or the field name.</summary>
internal sealed record ResolveOptions(Actor Actor, Guid? PeriodId, bool CreateMissing, string Reader, DateTimeOffset Now,
    Func<ImportField, string> Column);

/// <summary>
/// Turns a plan (what the file says) into what applying it would do in this organisation: which objectives and key
/// results are new and which update stored ones, their owners, periods and parents, and what the caller may not do.
/// </summary>
internal static class ImportResolver
{
    public static ImportResolution Resolve(ImportPlan plan, ImportOrgData org, ResolveOptions o)
    {
        var r = new ImportResolution();
        r.Problems.AddRange(plan.Problems);
        var createMissing = o.CreateMissing && AccessRules.CanManageOrganisation(o.Actor);
        if (o.CreateMissing && !createMissing) r.Problems.Add(new ImportProblem(0, "", "Import.Resolve.CreateMissingAdminsOnly", [], IsError: false));
        var owners = new ImportOwners(org, r, createMissing);
        var fallbackPeriod = (o.PeriodId is { } pid ? org.Periods.FirstOrDefault(p => p.Id == pid) : null) ?? org.CurrentPeriod;
        var claimedObjectives = new HashSet<Guid>();
        var claimedKeyResults = new HashSet<Guid>();
        var byRef = new Dictionary<string, ResolvedObjective>(StringComparer.OrdinalIgnoreCase);
        var bySource = new Dictionary<Guid, ResolvedObjective>();
        var warnedPeriods = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var p in plan.Objectives)
        {
            var level = p.Level;
            Period? period = null;
            if (level != ObjectiveLevel.Strategic)
            {
                period = string.IsNullOrWhiteSpace(p.Period) ? null : org.PeriodByName(p.Period);
                if (period is null && !string.IsNullOrWhiteSpace(p.Period) && warnedPeriods.Add(p.Period.Trim()))
                    r.Problems.Add(new ImportProblem(p.Row, o.Column(ImportField.Period), "Import.Resolve.UnknownPeriod",
                        [p.Period.Trim(), fallbackPeriod?.Name ?? "–"], IsError: false));
                period ??= fallbackPeriod;
                if (period is null) r.Problems.Add(new ImportProblem(p.Row, o.Column(ImportField.Period), "Import.Resolve.NoPeriod", []));
                else if (period.State == PeriodState.Closed)
                    r.Problems.Add(new ImportProblem(p.Row, o.Column(ImportField.Period), "Import.Resolve.PeriodClosed", [period.Name]));
            }
            var teamWritten = !string.IsNullOrWhiteSpace(p.Team);
            var (teamId, teamName) = owners.Team(p.Team, p.Row, o.Column(ImportField.Team));
            var person = owners.Person(p.Owner, p.Row, o.Column(ImportField.ObjectiveOwner));
            level ??= teamWritten ? ObjectiveLevel.Team : person is not null ? ObjectiveLevel.Personal : ObjectiveLevel.Company;
            if (level == ObjectiveLevel.Personal && person is null) level = teamWritten ? ObjectiveLevel.Team : ObjectiveLevel.Company;
            Guid? ownerTeam = level == ObjectiveLevel.Personal ? null : teamId;
            Guid? ownerPerson = level == ObjectiveLevel.Personal || !teamWritten ? person : null;

            Objective? existing = null;
            if (p.SourceId is { } sid && org.ObjectivesById.TryGetValue(sid, out var byId) && !claimedObjectives.Contains(sid)) existing = byId;
            if (existing is null && org.ObjectivesByOwnerAndTitle.TryGetValue(
                    ImportOrgData.ObjectiveKey(period?.Id, ownerTeam, ownerPerson, p.Title), out var byTitle) && !claimedObjectives.Contains(byTitle.Id))
                existing = byTitle;
            var ro = new ResolvedObjective(p, existing, existing?.Id ?? Guid.CreateVersion7())
            {
                PeriodId = period?.Id, Level = level.Value, TeamId = ownerTeam, TeamName = ownerTeam is null ? null : teamName, OwnerPersonId = ownerPerson,
            };
            claimedObjectives.Add(ro.Id);
            if (p.Title.Length > 300) r.Problems.Add(new ImportProblem(p.Row, o.Column(ImportField.Objective), "Import.Resolve.TooLong", ["300"]));
            foreach (var k in p.KeyResults)
                ro.KeyResults.Add(ImportKeyResultResolver.Resolve(k, ro, claimedKeyResults, org, owners, o, r));
            CheckKeyResultLimit(ro, org, o, r);
            r.Objectives.Add(ro);
            byRef.TryAdd(p.Ref, ro);
            if (p.SourceId is { } source) bySource.TryAdd(source, ro);
        }

        foreach (var ro in r.Objectives) ResolveParent(ro, byRef, bySource, org, o, r);
        ImportOrdering.ParentsFirst(r, o);
        ImportOrdering.NoLoopsThroughStored(r, org, o);
        foreach (var ro in r.Objectives)
        {
            if (ro.Existing is { } e) ro.Changed = Differs(e, ro);
            if (!Allowed(o.Actor, ro))
                r.Problems.Add(new ImportProblem(ro.Plan.Row, o.Column(ImportField.Team), "Import.Resolve.NotAllowed", [ro.Plan.Title]));
        }
        return r;
    }

    /// <summary>The stored key results plus the file's new ones, against the organisation's limit; over it nothing is applied.</summary>
    private static void CheckKeyResultLimit(ResolvedObjective ro, ImportOrgData org, ResolveOptions o, ImportResolution r)
    {
        var count = (ro.Existing?.KeyResults.Count ?? 0) + ro.KeyResults.Count(k => k.IsNew);
        if (CheckInPlausibility.WithinKeyResultLimit(count, org.MaxKeyResultsPerObjective)) return;
        var limit = CheckInPlausibility.EffectiveLimit(org.MaxKeyResultsPerObjective);
        r.Problems.Add(new ImportProblem(ro.Plan.Row, o.Column(ImportField.KeyResult), ImportProblems.TooManyKeyResults,
            [count.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)]));
    }

    private static void ResolveParent(ResolvedObjective ro, Dictionary<string, ResolvedObjective> byRef,
        Dictionary<Guid, ResolvedObjective> bySource, ImportOrgData org, ResolveOptions o, ImportResolution r)
    {
        var p = ro.Plan;
        Guid? parent = null;
        if (!string.IsNullOrWhiteSpace(p.ParentRef))
            parent = byRef.TryGetValue(p.ParentRef.Trim(), out var inFile) ? inFile.Id : null;
        else if (p.ParentSourceId is { } ps)
            parent = bySource.TryGetValue(ps, out var inFile) ? inFile.Id : org.ObjectivesById.ContainsKey(ps) ? ps : null;
        else return;
        if (parent is null || parent == ro.Id)
            r.Problems.Add(new ImportProblem(p.Row, o.Column(p.ParentRef is null ? ImportField.ParentObjectiveId : ImportField.ParentRowIds),
                "Import.Resolve.UnknownParent", [p.ParentRef ?? p.ParentSourceId?.ToString() ?? ""], IsError: false));
        else ro.ParentId = parent;
    }

    /// <summary>The editor's rules, row by row: admins import anything; leads only what they could create or edit by hand
    /// (their teams' objectives), never unowned or company objectives, and never take over a stored one they may not edit.</summary>
    private static bool Allowed(Actor actor, ResolvedObjective ro)
    {
        if (AccessRules.CanManageOrganisation(actor)) return true;
        if (!AccessRules.CanSetLevel(actor, ro.Level, ro.OwnerPersonId)) return false;
        if (!AccessRules.CanEditObjective(actor, ro.TeamId, ro.OwnerPersonId)) return false;
        return ro.Existing is not { } e || AccessRules.CanEditObjective(actor, e.OwnerTeamId, e.OwnerPersonId);
    }

    private static bool Differs(Objective e, ResolvedObjective ro) =>
        !string.Equals(e.Title, ro.Plan.Title.Trim(), StringComparison.Ordinal)
        || (ro.Plan.Description.Length > 0 && e.Description != ro.Plan.Description.Trim())
        || (ro.Plan.Level is { } level && e.Level != level)
        || (ro.ParentId is { } parent && e.ParentObjectiveId != parent)
        || (ro.TeamId is { } team && e.OwnerTeamId != team)
        || (ro.TeamId is null && ro.OwnerPersonId is { } person && e.OwnerPersonId != person)
        || (ro.PeriodId != e.PeriodId && ro.Level != ObjectiveLevel.Strategic);
}
