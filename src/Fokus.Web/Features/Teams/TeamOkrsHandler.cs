using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Teams;

public sealed record TeamRef(Guid Id, string Name);
public sealed record TeamMemberDto(Guid Id, string Name, string Title, Role Role);
public sealed record AlignedParentDto(Guid Id, string Title, ObjectiveLevel Level, string? OwnerName);

public sealed record TeamOkrsDto(Guid Id, string Name, string Description, TeamRef? Parent, Guid? LeadPersonId, string? LeadName,
    PeriodDto? Period, IReadOnlyList<ObjectiveDto> Objectives, IReadOnlyList<TeamRef> SubTeams,
    IReadOnlyList<TeamMemberDto> Members, IReadOnlyList<AlignedParentDto> AlignedTo);

/// <summary>One team's page: its objectives and key results for a period, members, sub-teams and what it aligns to.</summary>
internal sealed class TeamOkrsHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, ReadModelCache cache)
{
    public Task<Outcome<TeamOkrsDto>> GetAsync(Caller caller, Guid teamId, Guid? periodId, CancellationToken ct) =>
        cache.GetOrCreateAsync("team-okrs", caller.OrganisationId, (teamId, periodId), () => LoadAsync(caller, teamId, periodId, ct));

    // Few, simple round trips: on PostgreSQL each query costs about a millisecond however small it is.
    private async Task<Outcome<TeamOkrsDto>> LoadAsync(Caller caller, Guid teamId, Guid? periodId, CancellationToken ct)
    {
        var org = caller.OrganisationId;
        await using var db = await dbs.OpenAsync(caller, ct);
        await db.Database.OpenConnectionAsync(ct);
        // Scalar subqueries only: collection projections here make SQLite join whole tables.
        var team = await db.Teams.Where(t => t.Id == teamId)
            .Select(t => new
            {
                t.Id, t.Name, t.Description, t.LeadPersonId, t.ParentTeamId,
                ParentName = db.Teams.Where(p => p.Id == t.ParentTeamId).Select(p => p.Name).FirstOrDefault(),
                LeadName = db.People.Where(p => p.Id == t.LeadPersonId).Select(p => p.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (team is null) return Outcome.NotFound;
        var subTeams = await db.Teams.Where(s => s.ParentTeamId == teamId).OrderBy(s => s.Name)
            .Select(s => new TeamRef(s.Id, s.Name)).ToListAsync(ct);
        var members = await db.TeamMembers.Where(m => m.TeamId == teamId).Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p)
            .OrderBy(p => p.Name).Select(p => new TeamMemberDto(p.Id, p.Name, p.Title, p.Role)).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var period = periodId is { } pid ? periods.GetValueOrDefault(pid) : PeriodHandler.PickCurrent(periods.Values, today);
        if (periodId is not null && period is null) return Outcome.NotFound;

        var selected = period?.Id;
        var objectives = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .Where(o => o.OwnerTeamId == teamId && (o.PeriodId == selected || o.PeriodId == null) && o.State != ObjectiveState.Archived)
            .OrderBy(o => o.Level).ThenBy(o => o.SortOrder).AsSingleQuery().ToListAsync(ct);
        var parentIds = objectives.Select(o => o.ParentObjectiveId).OfType<Guid>().Distinct().ToList();
        var ownerIds = objectives.SelectMany(o => o.KeyResults.Select(k => k.OwnerPersonId)).Append(team.LeadPersonId).OfType<Guid>().Distinct().ToList();
        var names = await db.People.Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        names[team.Id] = team.Name;
        var settings = await cache.StatusSettingsAsync(db, org, ct);
        var projection = new OkrProjection(today, settings.Thresholds, settings.GraceDays, periods, names);

        // Ordered by id (time-ordered v7 guids), so every provider lists them alike (a restored copy on PostgreSQL read them in another order).
        var alignedTo = parentIds.Count == 0 ? [] : await db.Objectives.AsNoTracking().Where(o => parentIds.Contains(o.Id))
            .OrderBy(o => o.Id)
            .Select(o => new AlignedParentDto(o.Id, o.Title, o.Level,
                db.Teams.Where(t => t.Id == o.OwnerTeamId).Select(t => t.Name).FirstOrDefault()
                ?? db.People.Where(p => p.Id == o.OwnerPersonId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(ct);

        var parent = team.ParentTeamId is { } parentId ? new TeamRef(parentId, team.ParentName ?? "") : null;
        return new TeamOkrsDto(team.Id, team.Name, team.Description, parent, team.LeadPersonId, team.LeadName,
            period is null ? null : PeriodDto.From(period), objectives.Select(projection.Objective).ToList(),
            subTeams, members, alignedTo);
    }
}
