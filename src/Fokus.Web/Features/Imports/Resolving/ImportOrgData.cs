using System.Globalization;
using System.Text;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.Periods;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Imports.Resolving;

/// <summary>
/// The organisation's teams, people, periods and OKRs that a file is matched against, read once per preview or apply.
/// Tracked when the apply will change them, untracked for a preview.
/// </summary>
internal sealed class ImportOrgData
{
    public required IReadOnlyList<Team> Teams { get; init; }
    public required IReadOnlyList<Person> People { get; init; }
    public required IReadOnlyList<Period> Periods { get; init; }
    public required IReadOnlyList<Objective> Objectives { get; init; }
    public required Period? CurrentPeriod { get; init; }
    /// <summary>The organisation's key-result limit per objective, the same the editor and the API enforce.</summary>
    public int MaxKeyResultsPerObjective { get; init; } = Organisation.DefaultMaxKeyResults;

    public Dictionary<string, Team> TeamsByName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Person> PeopleByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, Person> PeopleByName { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<Guid, Objective> ObjectivesById { get; } = [];
    public Dictionary<(Guid?, Guid?, Guid?, string), Objective> ObjectivesByOwnerAndTitle { get; } = [];
    public Dictionary<Guid, KeyResult> KeyResultsById { get; } = [];

    public static async Task<ImportOrgData> LoadAsync(FokusDbContext db, Guid orgId, TimeProvider clock, bool tracked, CancellationToken ct)
    {
        IQueryable<T> Q<T>(IQueryable<T> q) where T : class => tracked ? q : q.AsNoTracking();
        var periods = await Q(db.Periods).ToListAsync(ct);
        var data = new ImportOrgData
        {
            Teams = await Q(db.Teams).ToListAsync(ct),
            People = await Q(db.People).ToListAsync(ct),
            Periods = periods,
            Objectives = await Q(db.Objectives).Include(o => o.KeyResults).AsSplitQuery().ToListAsync(ct),
            CurrentPeriod = PeriodHandler.PickCurrent(periods, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
            MaxKeyResultsPerObjective = await KeyResultLimit.OfAsync(db, orgId, ct),
        };
        data.Index();
        return data;
    }

    private void Index()
    {
        foreach (var t in Teams) TeamsByName.TryAdd(NameKey(t.Name), t);
        foreach (var p in People)
        {
            PeopleByEmail.TryAdd(p.Email.Trim(), p);
            PeopleByName.TryAdd(p.Name.Trim(), p);
        }
        foreach (var o in Objectives)
        {
            ObjectivesById[o.Id] = o;
            ObjectivesByOwnerAndTitle.TryAdd(ObjectiveKey(o.PeriodId, o.OwnerTeamId, o.OwnerPersonId, o.Title), o);
            foreach (var k in o.KeyResults) KeyResultsById[k.Id] = k;
        }
    }

    public static (Guid?, Guid?, Guid?, string) ObjectiveKey(Guid? period, Guid? team, Guid? person, string title) =>
        (period, team, person, title.Trim().ToLowerInvariant());

    /// <summary>Team names match case- and accent-insensitively: "Försäljning" is "forsaljning".</summary>
    public static string NameKey(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public Period? PeriodByName(string name) =>
        Periods.FirstOrDefault(p => string.Equals(p.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
