using System.Text;
using Fokus.Core.Model;
using Fokus.Core.Rhythm;
using Fokus.Web.Features.Notifications;
using static Fokus.Web.Features.Notifications.ReminderMessages;

namespace Fokus.Web.Features.Digest;

/// <summary>The digest as e-mail, chat post and bell item: what went well first, then what needs attention, then progress.</summary>
internal static class DigestMessages
{
    /// <summary>The digest's lines per section, in reading order; the e-mail, the chat post and the tests share them.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<ChatLine> Lines)> Sections(DigestContent c, MessageText t, RhythmOptions o)
    {
        ChatLine Kr(DigestKeyResult k, string detail) => new($"{k.Title}: {detail}", o.Link($"/key-results/{k.Id}"));
        var wins = c.Wins.WentWell.Select(n => new ChatLine($"{n.KeyResultTitle}: “{n.Text}” ({n.AuthorName ?? "–"})", o.Link($"/key-results/{n.KeyResultId}")))
            .Concat(c.Wins.ReachedTarget.Select(k => Kr(k, t["Digest.ReachedTarget"])))
            .Concat(c.Wins.MovedMost.Select(k => Kr(k, t.Format("Digest.Moved", t.Percent(k.ProgressBefore), t.Percent(k.Progress))))).ToList();
        var attention = c.NeedsAttention.OffTrack.Select(k => Kr(k, t["Status.offTrack"]))
            .Concat(c.NeedsAttention.AtRisk.Select(k => Kr(k, t["Status.atRisk"])))
            .Concat(c.NeedsAttention.Stale.Select(k => Kr(k, k.LastCheckIn is { } last ? t.Format("Digest.StaleSince", t.Date(last)) : t["Digest.NeverCheckedIn"]))).ToList();
        var p = c.Progress;
        var progress = new List<ChatLine>
        {
            new(t.Format("Digest.ProgressLine", t.Percent(p.Average), t.Percent(p.Expected), p.KeyResults)),
            new(t.Format("Digest.StatusLine", p.OnTrack, p.AtRisk, p.OffTrack, p.Done)),
        };
        return
        [
            (t["Digest.Wins"], wins.Count > 0 ? wins : [new ChatLine(t["Digest.NoWins"])]),
            (t["Digest.NeedsAttention"], attention.Count > 0 ? attention : [new ChatLine(t["Digest.NothingNeedsAttention"])]),
            (t["Digest.Progress"], progress),
        ];
    }

    public static string Title(string scope, DigestContent c, MessageText t) =>
        t.Format("Digest.Title", scope, t.Date(c.From), t.Date(c.To));

    public static EmailMessage Email(Recipient to, string scope, Guid id, DigestContent c, MessageText t, RhythmOptions o)
    {
        var subject = Title(scope, c, t);
        var link = o.Link($"/digest/{id}");
        var html = new StringBuilder();
        var text = new StringBuilder().AppendLine(subject).AppendLine();
        foreach (var (heading, lines) in Sections(c, t, o))
        {
            html.Append($"<h2 style=\"font-size:16px;margin:20px 0 8px\">{Html(heading)}</h2><ul style=\"padding-left:20px\">");
            text.AppendLine(heading);
            foreach (var line in lines)
            {
                html.Append(line.Link is null ? $"<li>{Html(line.Text)}</li>" : $"<li><a href=\"{Html(line.Link)}\">{Html(line.Text)}</a></li>");
                text.AppendLine($"- {line.Text}{(line.Link is null ? "" : $" {line.Link}")}");
            }
            html.Append("</ul>");
            text.AppendLine();
        }
        html.Append(Button(link, t["Digest.Open"]));
        text.AppendLine($"{t["Digest.Open"]}: {link}").AppendLine().AppendLine(t.Format("Notify.Footer", o.Link("/notifications")));
        return new EmailMessage(to.Name, to.Email, subject, Layout(t, subject, html.ToString(), o), text.ToString());
    }

    public static ChatMessage Chat(string scope, Guid id, DigestContent c, MessageText t, RhythmOptions o) =>
        new(Title(scope, c, t),
            Sections(c, t, o).SelectMany(s => s.Lines.Prepend(new ChatLine($"{s.Heading}:"))).ToList(),
            t["Digest.Open"], o.Link($"/digest/{id}"));

    public static Notification InApp(Recipient to, string scope, Guid id, DigestContent c, MessageText t, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), OrganisationId = to.OrganisationId, PersonId = to.PersonId, Kind = NotificationKind.Digest,
        Title = Clip(Title(scope, c, t), Notification.TitleMaxLength),
        Body = Clip(t.Format("Digest.InAppBody", c.Wins.Count, c.NeedsAttention.Count), Notification.BodyMaxLength),
        Link = $"/digest/{id}", CreatedAt = now,
    };
}
