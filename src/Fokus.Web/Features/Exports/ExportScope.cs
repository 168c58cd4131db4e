using System.Globalization;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Exports;

internal sealed record PersonRef(string Name, string Email);

/// <summary>What one export covers (a period, and a team with its sub-teams or the whole organisation) and the names it refers to.</summary>
internal sealed record ExportScope(
    Guid OrganisationId,
    string OrganisationName,
    Period Period,
    Guid? TeamId,
    string? TeamName,
    IReadOnlySet<Guid>? TeamIds,
    IReadOnlyDictionary<Guid, Team> Teams,
    IReadOnlyDictionary<Guid, PersonRef> People,
    StatusThresholds Thresholds,
    DayOfWeek CheckInWeekday,
    int GraceDays,
    DateOnly Today,
    CultureInfo Culture)
{
    public bool Swedish => Culture.TwoLetterISOLanguageName == "sv";

    public string? TeamNameOf(Guid? id) => id is { } t && Teams.TryGetValue(t, out var team) ? team.Name : null;

    public string? EmailOf(Guid? id) => id is { } p && People.TryGetValue(p, out var person) ? person.Email : null;

    public string? NameOf(Guid? id) => id is { } p && People.TryGetValue(p, out var person) ? person.Name : null;
}

internal sealed class ExportScopes(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    /// <summary>Another organisation's period or team is not found; no period given means the current one.</summary>
    public async Task<Outcome<ExportScope>> ResolveAsync(Caller caller, Guid? periodId, Guid? teamId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var org = caller.OrganisationId;
        var period = periodId is { } id
            ? await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            : await PeriodHandler.CurrentAsync(db, org, clock, ct);
        if (period is null) return Outcome.NotFound;
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        if (teamId is { } tid && !teams.ContainsKey(tid)) return Outcome.NotFound;
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Email }).ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Name, p.Email), ct);
        var o = await db.Organisations.AsNoTracking().Where(x => x.Id == org)
            .Select(x => new { x.Name, x.Thresholds, x.CheckInWeekday, x.NewKeyResultGraceDays }).FirstAsync(ct);
        return new ExportScope(org, o.Name, period, teamId, teamId is { } t ? teams[t].Name : null,
            teamId is { } root ? WithSubTeams(teams.Values, root) : null, teams, people, o.Thresholds, o.CheckInWeekday,
            o.NewKeyResultGraceDays, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), CultureInfo.CurrentCulture);
    }

    /// <summary>The team and every team below it (cycles cannot occur, but a visited set keeps the walk finite anyway).</summary>
    public static IReadOnlySet<Guid> WithSubTeams(IEnumerable<Team> teams, Guid root)
    {
        var children = teams.Where(t => t.ParentTeamId is not null).ToLookup(t => t.ParentTeamId!.Value, t => t.Id);
        var found = new HashSet<Guid> { root };
        var queue = new Queue<Guid>([root]);
        while (queue.TryDequeue(out var id))
            foreach (var child in children[id])
                if (found.Add(child)) queue.Enqueue(child);
        return found;
    }

    /// <summary>
    /// The one gate for what an export may contain. Today every objective is readable by everyone in the organisation;
    /// a future "private objective" rule belongs here (with the caller), so every format follows it at once.
    /// The whole organisation's export also carries the strategic (multi-year) objectives its objectives align to.
    /// </summary>
    public static IQueryable<Objective> ReadableObjectives(FokusDbContext db, Caller caller, ExportScope scope)
    {
        var period = scope.Period.Id;
        var query = db.Objectives.AsNoTracking().Where(o => o.State != ObjectiveState.Archived);
        if (scope.TeamIds is not { } ids) return query.Where(o => o.PeriodId == period || o.PeriodId == null);
        var list = ids.ToList();
        return query.Where(o => o.PeriodId == period && o.OwnerTeamId != null && list.Contains(o.OwnerTeamId.Value));
    }
}
