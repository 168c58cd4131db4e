using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Teams;

internal sealed record TeamRef(Guid Id, string Name);
internal sealed record TeamMemberDto(Guid Id, string Name, string Title, Role Role);
internal sealed record AlignedParentDto(Guid Id, string Title, ObjectiveLevel Level, string? OwnerName);

internal sealed record TeamOkrsDto(Guid Id, string Name, string Description, TeamRef? Parent, Guid? LeadPersonId, string? LeadName,
    PeriodDto? Period, IReadOnlyList<ObjectiveDto> Objectives, IReadOnlyList<TeamRef> SubTeams,
    IReadOnlyList<TeamMemberDto> Members, IReadOnlyList<AlignedParentDto> AlignedTo);

/// <summary>One team's page: its objectives and key results for a period, members, sub-teams and what it aligns to.</summary>
internal sealed class TeamOkrsHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, ReadModelCache cache)
{
    public Task<Outcome<TeamOkrsDto>> GetAsync(Caller caller, Guid teamId, Guid? periodId, CancellationToken ct) =>
        cache.GetOrCreateAsync("team-okrs", caller.OrganisationId, (teamId, periodId), () => LoadAsync(caller, teamId, periodId, ct));

    private async Task<Outcome<TeamOkrsDto>> LoadAsync(Caller caller, Guid teamId, Guid? periodId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId && t.OrganisationId == caller.OrganisationId, ct);
        if (team is null) return Outcome.NotFound;
        var period = periodId is { } pid
            ? await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid && p.OrganisationId == caller.OrganisationId, ct)
            : await PeriodHandler.CurrentAsync(db, caller.OrganisationId, clock, ct);
        if (periodId is not null && period is null) return Outcome.NotFound;

        var selected = period?.Id;
        var objectives = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .Where(o => o.OwnerTeamId == teamId && (o.PeriodId == selected || o.PeriodId == null) && o.State != ObjectiveState.Archived)
            .OrderBy(o => o.Level).ThenBy(o => o.SortOrder).AsSplitQuery().ToListAsync(ct);
        var projection = await OkrProjection.LoadAsync(db, caller.OrganisationId, clock, objectives, ct);

        var parentIds = objectives.Select(o => o.ParentObjectiveId).OfType<Guid>().Distinct().ToList();
        var alignedTo = await db.Objectives.AsNoTracking().Where(o => parentIds.Contains(o.Id))
            .Select(o => new AlignedParentDto(o.Id, o.Title, o.Level,
                db.Teams.Where(t => t.Id == o.OwnerTeamId).Select(t => t.Name).FirstOrDefault()
                ?? db.People.Where(p => p.Id == o.OwnerPersonId).Select(p => p.Name).FirstOrDefault()))
            .ToListAsync(ct);
        var subTeams = await db.Teams.AsNoTracking().Where(t => t.ParentTeamId == teamId).OrderBy(t => t.Name)
            .Select(t => new TeamRef(t.Id, t.Name)).ToListAsync(ct);
        var parent = team.ParentTeamId is { } ptid
            ? await db.Teams.Where(t => t.Id == ptid).Select(t => new TeamRef(t.Id, t.Name)).FirstOrDefaultAsync(ct)
            : null;
        var members = await db.TeamMembers.Where(m => m.TeamId == teamId)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p)
            .OrderBy(p => p.Name).Select(p => new TeamMemberDto(p.Id, p.Name, p.Title, p.Role)).ToListAsync(ct);
        var leadName = team.LeadPersonId is { } lead
            ? await db.People.Where(p => p.Id == lead).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;

        return new TeamOkrsDto(team.Id, team.Name, team.Description, parent, team.LeadPersonId, leadName,
            period is null ? null : PeriodDto.From(period), objectives.Select(projection.Objective).ToList(),
            subTeams, members, alignedTo);
    }
}
