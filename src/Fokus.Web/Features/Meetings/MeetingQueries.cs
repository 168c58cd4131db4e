using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Meetings;

/// <summary>Builds a meeting's agenda from the team's key results and check-ins since its previous meeting.</summary>
internal sealed class MeetingQueries(IDbContextFactory<FokusDbContext> dbs, ReadModelCache cache, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<MeetingSummaryDto>>> ListAsync(Caller caller, Guid teamId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, ct)) return Outcome.NotFound;
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.TeamId == teamId).OrderByDescending(m => m.StartedAt).Take(100)
            .Select(m => new { m, Items = db.MeetingItems.Count(i => i.MeetingId == m.Id) }).ToListAsync(ct);
        return meetings.Select(x => new MeetingSummaryDto(x.m.Id, x.m.TeamId, x.m.StartedAt, x.m.EndedAt, x.m.AttendeeIds.Count, x.Items)).ToList();
    }

    public async Task<Outcome<MeetingDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Outcome.NotFound;
        var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstAsync(t => t.Id == meeting.TeamId, ct);
        // The team's earlier meetings give both where the agenda starts and which actions are still open.
        var earlier = (await db.Meetings.AsNoTracking().Where(m => m.TeamId == team.Id).Select(m => new { m.Id, m.StartedAt }).ToListAsync(ct))
            .Where(m => m.StartedAt < meeting.StartedAt).ToList();
        var since = earlier.Count > 0 ? earlier.Max(m => m.StartedAt) : meeting.StartedAt.AddDays(-7);
        var period = PeriodHandler.PickCurrent(await db.Periods.AsNoTracking().ToListAsync(ct),
            DateOnly.FromDateTime(meeting.StartedAt.UtcDateTime));

        var periodId = period?.Id;
        var krs = await db.KeyResults.AsNoTracking()
            .Where(k => db.Objectives.Any(o => o.Id == k.ObjectiveId && o.OwnerTeamId == team.Id && o.PeriodId == periodId && o.State != ObjectiveState.Archived))
            .ToListAsync(ct);
        var krIds = krs.Select(k => k.Id).ToList();
        var from = period is null ? since : new DateTimeOffset(period.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var checkIns = (await db.CheckIns.AsNoTracking().Where(c => krIds.Contains(c.KeyResultId) && c.CreatedAt >= from).ToListAsync(ct))
            .ToLookup(c => c.KeyResultId);
        var names = await db.People.ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var agenda = krs.Select(k => new AgendaKeyResult(k.Id, k.Title, k.OwnerPersonId is { } o ? names.GetValueOrDefault(o) : null, k,
            checkIns[k.Id].ToList())).ToList();
        var until = meeting.EndedAt ?? clock.GetUtcNow();
        var settings = await cache.StatusSettingsAsync(db, caller.OrganisationId, ct);

        var wins = MeetingAgenda.Wins(agenda, since).Where(w => w.At <= until)
            .Select(w => new MeetingWinDto(w.PersonId, w.PersonId is { } p ? names.GetValueOrDefault(p) : null, w.KeyResultId, w.KeyResultTitle, w.Text, w.ProgressGain)).ToList();
        var exceptions = MeetingAgenda.Exceptions(agenda, since, until, period, settings.Thresholds, settings.GraceDays)
            .Select(e => new MeetingExceptionDto(e.KeyResultId, e.Title, e.OwnerName, e.Status, e.StatusBefore, e.Worsened, e.Stale, e.ConfidenceTrend)).ToList();

        var meetingIds = earlier.Select(m => m.Id).Append(meeting.Id).ToList();
        var items = await db.MeetingItems.AsNoTracking().Where(i => meetingIds.Contains(i.MeetingId)).ToListAsync(ct);
        var titles = krs.ToDictionary(k => k.Id, k => k.Title);
        var open = items.Where(i => i.MeetingId != meeting.Id && i.Kind == MeetingItemKind.Action && i.DoneAt is null)
            .OrderBy(i => i.DueDate ?? DateOnly.MaxValue).Select(i => ItemDto(i, titles, names)).ToList();
        var mine = items.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.CreatedAt).Select(i => ItemDto(i, titles, names)).ToList();
        var members = team.Members.Select(m => new MeetingPersonDto(m.PersonId, names.GetValueOrDefault(m.PersonId) ?? "")).OrderBy(p => p.Name).ToList();
        return new MeetingDto(meeting.Id, team.Id, team.Name, meeting.StartedAt, meeting.EndedAt, meeting.Notes, meeting.AttendeeIds, since,
            open, wins, exceptions, mine, members, krs.OrderBy(k => k.Title).Select(k => new MeetingPersonDto(k.Id, k.Title)).ToList());
    }

    public static MeetingItemDto ItemDto(MeetingItem i, IReadOnlyDictionary<Guid, string> keyResultTitles, IReadOnlyDictionary<Guid, string> names) =>
        new(i.Id, i.MeetingId, i.Kind, i.Text, i.KeyResultId, i.KeyResultId is { } k ? keyResultTitles.GetValueOrDefault(k) : null,
            i.InitiativeId, i.OwnerPersonId, i.OwnerPersonId is { } o ? names.GetValueOrDefault(o) : null, i.DueDate, i.DoneAt is not null, i.CreatedAt);
}
