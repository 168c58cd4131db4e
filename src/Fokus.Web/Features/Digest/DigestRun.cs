using Fokus.Core.Model;
using Fokus.Core.Rhythm;
using Fokus.Data;
using Fokus.Web.Features.Notifications;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DigestRow = Fokus.Core.Model.Digest;

namespace Fokus.Web.Features.Digest;

/// <summary>
/// The weekly digest: built once per team and organisation the day after the check-in weekday (kept as history),
/// then delivered through the same once-only ledger as reminders: e-mail and the bell to the team's members (the
/// organisation's to its admins and leads), and the team's chat webhooks.
/// </summary>
internal sealed class DigestRun(IDbContextFactory<FokusDbContext> dbs, ReminderPlanner planner, DeliveryLedger ledger, Outbox outbox,
    EmailSender email, IOptionsMonitor<RhythmOptions> options)
{
    /// <summary>Builds the current week's digests that do not exist yet; answers how many it built.</summary>
    public async Task<int> BuildDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The cycle visits every organisation, and reads and writes each one scoped to it.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var built = 0;
        foreach (var org in await db.Organisations.AsNoTracking().ToListAsync(ct))
        {
            db.ScopeTo(org.Id);
            var (_, from, to) = DigestBuilder.WeekOf(today, org.CheckInWeekday);
            if (await db.Digests.AnyAsync(d => d.ScopeId == org.Id && d.ToDate == to, ct)) continue;
            var period = PeriodHandler.PickCurrent(await db.Periods.AsNoTracking().ToListAsync(ct), to);
            if (period is null) continue;
            var teams = await db.Objectives.Where(o => o.PeriodId == period.Id && o.State == ObjectiveState.Active && o.OwnerTeamId != null)
                .Select(o => o.OwnerTeamId!.Value).Distinct().ToListAsync(ct);
            // Teams first, the organisation last: its row marks the week as built.
            foreach (var team in teams.Append(Guid.Empty))
            {
                var teamId = team == Guid.Empty ? (Guid?)null : team;
                var content = await DigestComposer.ComposeAsync(db, org, teamId, period, from, to, ct);
                built += await InsertAsync(db, new DigestRow
                {
                    Id = Guid.CreateVersion7(), OrganisationId = org.Id, TeamId = teamId, ScopeId = teamId ?? org.Id, PeriodId = period.Id,
                    FromDate = from, ToDate = to, Content = DigestComposer.Serialize(content), CreatedAt = now,
                }, ct);
            }
        }
        return built;
    }

    private static async Task<int> InsertAsync(FokusDbContext db, DigestRow digest, CancellationToken ct)
    {
        if (await db.Digests.AnyAsync(d => d.ScopeId == digest.ScopeId && d.ToDate == digest.ToDate, ct)) return 0;
        db.Digests.Add(digest);
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>Sends the digests of the last two days to whoever has not had them, and retries failed ones.</summary>
    public async Task<SendCount> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Sending is one pass over the recent digests of every organisation.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var digests = await db.Digests.AsNoTracking().Where(d => d.ToDate >= today.AddDays(-2)).ToListAsync(ct);
        if (digests.Count == 0) return default;
        var orgIds = digests.Select(d => d.OrganisationId).Distinct().ToList();
        var teamIds = digests.Where(d => d.TeamId != null).Select(d => d.TeamId!.Value).Distinct().ToList();
        var members = (await db.TeamMembers.Where(m => teamIds.Contains(m.TeamId)).Select(m => new { m.TeamId, m.PersonId }).ToListAsync(ct))
            .Concat(await db.Teams.Where(t => teamIds.Contains(t.Id) && t.LeadPersonId != null).Select(t => new { TeamId = t.Id, PersonId = t.LeadPersonId!.Value }).ToListAsync(ct))
            .Distinct().ToLookup(m => m.TeamId, m => m.PersonId);
        var leaders = (await db.People.Where(p => orgIds.Contains(p.OrganisationId) && (p.Role == Role.Admin || p.Role == Role.Lead))
            .Select(p => new { p.OrganisationId, p.Id }).ToListAsync(ct)).ToLookup(p => p.OrganisationId, p => p.Id);
        var teamNames = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        var audience = digests.ToDictionary(d => d.Id, d => (d.TeamId is { } t ? members[t] : leaders[d.OrganisationId]).ToList());
        var people = await planner.RecipientsAsync(audience.Values.SelectMany(a => a).Distinct().ToList(), ct);
        var orgs = await planner.OrganisationsAsync(orgIds, ct);
        var hooks = await planner.HooksAsync(ct);

        var keys = new List<DeliveryKey>();
        foreach (var d in digests)
        {
            var issued = d.ToDate.AddDays(1);
            foreach (var p in audience[d.Id].Select(id => people.GetValueOrDefault(id)).OfType<Recipient>().Where(p => !p.Prefs.Muted))
            {
                if (p.Prefs.InApp) keys.Add(new(d.OrganisationId, NotificationKind.Digest, p.PersonId, d.Id, issued, NotificationChannel.InApp));
                if (p.Prefs.Email && p.Prefs.DigestEmail && email.Enabled)
                    keys.Add(new(d.OrganisationId, NotificationKind.Digest, p.PersonId, d.Id, issued, NotificationChannel.Email));
            }
            if (d.TeamId is not { } team || !hooks.TryGetValue(team, out var hook)) continue;
            if (hook.Slack is not null) keys.Add(new(d.OrganisationId, NotificationKind.Digest, team, d.Id, issued, NotificationChannel.Slack));
            if (hook.Teams is not null) keys.Add(new(d.OrganisationId, NotificationKind.Digest, team, d.Id, issued, NotificationChannel.Teams));
        }

        var o = options.CurrentValue;
        var byId = digests.ToDictionary(d => d.Id);
        var outgoing = new List<Outgoing>();
        foreach (var (key, id) in await ledger.ClaimAsync(keys, now, ct))
        {
            var d = byId[key.SubjectId];
            var org = orgs[d.OrganisationId];
            var scope = d.TeamId is { } t ? teamNames.GetValueOrDefault(t, org.Name) : org.Name;
            var content = DigestComposer.Deserialize(d.Content);
            if (key.Channel is NotificationChannel.Slack or NotificationChannel.Teams)
            {
                var hook = hooks[key.RecipientId];
                outgoing.Add(new Outgoing([id], key.Channel, Chat: DigestMessages.Chat(scope, d.Id, content, MessageText.For(null, org.DefaultLanguage), o),
                    WebhookUrl: key.Channel == NotificationChannel.Slack ? hook.Slack : hook.Teams));
                continue;
            }
            var person = people[key.RecipientId];
            var text = MessageText.For(person.Language, org.DefaultLanguage);
            outgoing.Add(key.Channel == NotificationChannel.Email
                ? new Outgoing([id], key.Channel, Email: DigestMessages.Email(person, scope, d.Id, content, text, o))
                : new Outgoing([id], key.Channel, InApp: [DigestMessages.InApp(person, scope, d.Id, content, text, now)]));
        }
        return await outbox.SendAsync(outgoing, now, ct);
    }
}
