using System.Net;
using System.Text;
using Fokus.Core.Model;

namespace Fokus.Web.Features.Notifications;

/// <summary>The words of a check-in reminder on each channel, in the recipient's language, with one-click links to check in.</summary>
internal static class ReminderMessages
{
    public static EmailMessage Email(Recipient to, MessageText t, IReadOnlyList<DueKeyResult> due, RhythmOptions o)
    {
        var subject = due.Count == 1 ? t.Format("Notify.Reminder.SubjectOne", due[0].Title) : t.Format("Notify.Reminder.Subject", due.Count);
        var action = o.Link("/my-focus");
        var text = new StringBuilder()
            .AppendLine(t.Format("Notify.Reminder.Greeting", to.Name)).AppendLine()
            .AppendLine(t["Notify.Reminder.Intro"]);
        var items = new StringBuilder();
        foreach (var k in due)
        {
            var link = o.Link($"/key-results/{k.KeyResultId}");
            text.AppendLine($"- {k.Title} ({k.ObjectiveTitle}), {t.Format("Notify.Reminder.DueOn", t.Date(k.Due))}: {link}");
            items.Append($"<li style=\"margin:0 0 8px\"><a href=\"{Html(link)}\">{Html(k.Title)}</a><br><span style=\"color:#555\">{Html(k.ObjectiveTitle)} · {Html(t.Format("Notify.Reminder.DueOn", t.Date(k.Due)))}</span></li>");
        }
        text.AppendLine().AppendLine($"{t["Notify.Reminder.Action"]}: {action}").AppendLine()
            .AppendLine(t.Format("Notify.Footer", o.Link("/notifications")));
        var html = Layout(t, subject, $"""
            <p>{Html(t.Format("Notify.Reminder.Greeting", to.Name))}</p>
            <p>{Html(t["Notify.Reminder.Intro"])}</p>
            <ul style="padding-left:20px">{items}</ul>
            {Button(action, t["Notify.Reminder.Action"])}
            """, o);
        return new EmailMessage(to.Name, to.Email, subject, html, text.ToString());
    }

    public static ChatMessage Chat(string teamName, MessageText t, IReadOnlyList<(DueKeyResult Due, string Owner)> due, RhythmOptions o) =>
        new(t.Format("Notify.Reminder.ChatTitle", teamName),
            due.Select(d => new ChatLine(t.Format("Notify.Reminder.ChatLine", d.Due.Title, d.Owner, t.Date(d.Due.Due)), o.Link($"/key-results/{d.Due.KeyResultId}"))).ToList(),
            t["Notify.Reminder.Action"], o.Link("/my-focus"));

    public static Notification InApp(Recipient to, MessageText t, DueKeyResult k, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), OrganisationId = to.OrganisationId, PersonId = to.PersonId, Kind = NotificationKind.Reminder,
        Title = Clip(t.Format("Notify.Reminder.InAppTitle", k.Title), Notification.TitleMaxLength),
        Body = Clip(t.Format("Notify.Reminder.InAppBody", k.ObjectiveTitle, t.Date(k.Due)), Notification.BodyMaxLength),
        Link = $"/key-results/{k.KeyResultId}", CreatedAt = now,
    };

    /// <summary>A plain, inline-styled HTML frame that mail clients render alike.</summary>
    public static string Layout(MessageText t, string title, string body, RhythmOptions o) => $"""
        <!DOCTYPE html>
        <html lang="{t.Culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{Html(title)}</title></head>
        <body style="font-family:Segoe UI,Arial,sans-serif;color:#1a1a1a;line-height:1.5;max-width:600px;margin:0 auto;padding:16px">
        <h1 style="font-size:20px;margin:0 0 16px">{Html(title)}</h1>
        {body}
        <p style="color:#555;font-size:12px;margin-top:24px">{Html(t.Format("Notify.Footer", o.Link("/notifications")))}</p>
        </body></html>
        """;

    public static string Button(string link, string text) =>
        $"""<p><a href="{Html(link)}" style="display:inline-block;background:#1b5e20;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none">{Html(text)}</a></p>""";

    public static string Html(string s) => WebUtility.HtmlEncode(s);

    public static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
