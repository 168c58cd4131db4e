using Fokus.Core.Model;
using Microsoft.Extensions.Options;

namespace Fokus.Web.Features.Notifications;

/// <summary>
/// Reminds owners of due check-ins: each person on the channels they chose (one e-mail for all their due key results,
/// one bell item each), each team with a webhook in its chat. Every (recipient, key result, due date, channel) is claimed
/// in the ledger first, so it goes out once; failed ones are claimed again when their retry time comes.
/// </summary>
internal sealed class ReminderDispatcher(ReminderPlanner planner, DeliveryLedger ledger, Outbox outbox, EmailSender email,
    IOptionsMonitor<RhythmOptions> options)
{
    public async Task<SendCount> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await planner.DueAsync(now, ct);
        if (due.Count == 0) return default;
        var people = await planner.RecipientsAsync(due.Select(d => d.OwnerId).Distinct().ToList(), ct);
        var orgs = await planner.OrganisationsAsync(due.Select(d => d.OrganisationId).Distinct().ToList(), ct);
        var hooks = await planner.HooksAsync(ct);
        var byKr = due.ToDictionary(d => d.KeyResultId);

        var keys = new List<DeliveryKey>();
        foreach (var d in due)
        {
            if (!people.TryGetValue(d.OwnerId, out var owner) || owner.Prefs.Muted) continue;
            if (owner.Prefs.InApp) keys.Add(Key(d, d.OwnerId, NotificationChannel.InApp));
            if (owner.Prefs.Email && email.Enabled) keys.Add(Key(d, d.OwnerId, NotificationChannel.Email));
            if (!owner.Prefs.Chat || d.TeamId is not { } team || !hooks.TryGetValue(team, out var hook)) continue;
            if (hook.Slack is not null) keys.Add(Key(d, team, NotificationChannel.Slack));
            if (hook.Teams is not null) keys.Add(Key(d, team, NotificationChannel.Teams));
        }

        var claimed = await ledger.ClaimAsync(keys, now, ct);
        var o = options.CurrentValue;
        var outgoing = new List<Outgoing>();
        foreach (var group in claimed.GroupBy(c => (c.Key.RecipientId, c.Key.Channel)))
        {
            var ids = group.Select(c => c.Id).ToList();
            var items = group.Select(c => byKr[c.Key.SubjectId]).OrderBy(k => k.Due).ThenBy(k => k.Title, StringComparer.Ordinal).ToList();
            var org = orgs[items[0].OrganisationId];
            if (group.Key.Channel is NotificationChannel.Slack or NotificationChannel.Teams)
            {
                var hook = hooks[group.Key.RecipientId];
                var text = MessageText.For(null, org.DefaultLanguage);
                var message = ReminderMessages.Chat(hook.Name, text, items.Select(k => (k, people[k.OwnerId].Name)).ToList(), o);
                outgoing.Add(new Outgoing(ids, group.Key.Channel, Chat: message,
                    WebhookUrl: group.Key.Channel == NotificationChannel.Slack ? hook.Slack : hook.Teams));
                continue;
            }
            var person = people[group.Key.RecipientId];
            var t = MessageText.For(person.Language, org.DefaultLanguage);
            outgoing.Add(group.Key.Channel == NotificationChannel.Email
                ? new Outgoing(ids, NotificationChannel.Email, Email: ReminderMessages.Email(person, t, items, o))
                : new Outgoing(ids, NotificationChannel.InApp, InApp: items.Select(k => ReminderMessages.InApp(person, t, k, now)).ToList()));
        }
        return await outbox.SendAsync(outgoing, now, ct);
    }

    private static DeliveryKey Key(DueKeyResult d, Guid recipient, NotificationChannel channel) =>
        new(d.OrganisationId, NotificationKind.Reminder, recipient, d.KeyResultId, d.Due, channel);
}
