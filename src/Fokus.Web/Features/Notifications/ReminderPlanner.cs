using Fokus.Core.Model;
using Fokus.Core.Rhythm;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>A key result whose owner's check-in has fallen due (or is overdue).</summary>
internal sealed record DueKeyResult(Guid OrganisationId, Guid KeyResultId, string Title, string ObjectiveTitle, Guid? TeamId, Guid OwnerId, DateOnly Due);

/// <summary>Someone notifications go to, with their channels (defaults when they never chose).</summary>
internal sealed record Recipient(Guid PersonId, Guid OrganisationId, string Name, string Email, string? Language, Role Role, NotificationPreference Prefs);

internal sealed record OrganisationInfo(Guid Id, string Name, string DefaultLanguage, DayOfWeek CheckInWeekday);

internal sealed record TeamHooks(Guid TeamId, Guid OrganisationId, string Name, string? Slack, string? Teams);

/// <summary>Reads what the background cycle needs: due key results in active periods, people and their preferences, team webhooks.</summary>
internal sealed class ReminderPlanner(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<IReadOnlyList<DueKeyResult>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The reminder cycle plans for every organisation at once.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var rows = await (
            from k in db.KeyResults
            join o in db.Objectives on k.ObjectiveId equals o.Id
            join p in db.Periods on o.PeriodId equals p.Id
            join org in db.Organisations on k.OrganisationId equals org.Id
            where p.State == PeriodState.Active && p.StartDate <= today && p.EndDate >= today
                  && o.State == ObjectiveState.Active && k.OwnerPersonId != null
            select new
            {
                k.OrganisationId, k.Id, k.Title, ObjectiveTitle = o.Title, o.OwnerTeamId, Owner = k.OwnerPersonId!.Value,
                k.LastCheckInAt, o.CreatedAt, p.StartDate, org.CheckInWeekday,
            }).AsNoTracking().ToListAsync(ct);
        var rhythms = await db.TeamRhythms.AsNoTracking().ToDictionaryAsync(r => r.TeamId, ct);
        var due = new List<DueKeyResult>();
        foreach (var r in rows)
        {
            var cadence = r.OwnerTeamId is { } team && rhythms.TryGetValue(team, out var rhythm)
                ? new CheckInCadence(rhythm.Weekday ?? r.CheckInWeekday, rhythm.EveryWeeks)
                : new CheckInCadence(r.CheckInWeekday);
            var created = DateOnly.FromDateTime(r.CreatedAt.UtcDateTime);
            var from = created > r.StartDate ? created : r.StartDate;
            var last = r.LastCheckInAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            var next = cadence.NextDue(last, from);
            if (next <= today) due.Add(new DueKeyResult(r.OrganisationId, r.Id, r.Title, r.ObjectiveTitle, r.OwnerTeamId, r.Owner, next));
        }
        return due;
    }

    public async Task<Dictionary<Guid, Recipient>> RecipientsAsync(IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        // The reminder cycle plans for every organisation at once.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var prefs = await db.NotificationPreferences.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, ct);
        return await db.People.AsNoTracking().Where(p => people.Contains(p.Id))
            .Select(p => new { p.Id, p.OrganisationId, p.Name, p.Email, p.Language, p.Role }).ToDictionaryAsync(p => p.Id,
                p => new Recipient(p.Id, p.OrganisationId, p.Name, p.Email, p.Language, p.Role,
                    prefs.GetValueOrDefault(p.Id) ?? new NotificationPreference { PersonId = p.Id, OrganisationId = p.OrganisationId }), ct);
    }

    public async Task<Dictionary<Guid, OrganisationInfo>> OrganisationsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        // The reminder cycle plans for every organisation at once.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OrganisationInfo(o.Id, o.Name, o.DefaultLanguage, o.CheckInWeekday), ct);
    }

    /// <summary>Teams with at least one chat webhook.</summary>
    public async Task<Dictionary<Guid, TeamHooks>> HooksAsync(CancellationToken ct)
    {
        // The reminder cycle plans for every organisation at once.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        return await (from r in db.TeamRhythms
                      join t in db.Teams on r.TeamId equals t.Id
                      where r.SlackWebhookUrl != null || r.TeamsWebhookUrl != null
                      select new TeamHooks(t.Id, t.OrganisationId, t.Name, r.SlackWebhookUrl, r.TeamsWebhookUrl))
            .AsNoTracking().ToDictionaryAsync(h => h.TeamId, ct);
    }
}
