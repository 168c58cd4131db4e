using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Fokus.Web.Features.Notifications;

/// <summary>An e-mail ready to send: HTML with a plain-text alternative.</summary>
internal sealed record EmailMessage(string ToName, string ToAddress, string Subject, string Html, string Text);

/// <summary>Sends e-mail through the SMTP server of Fokus:Smtp with MailKit; one connection per batch.</summary>
internal sealed class EmailSender(IOptionsMonitor<SmtpOptions> options)
{
    public bool Enabled => options.CurrentValue.Enabled;

    /// <summary>Sends each message; answers the error per message that failed (null when sent).</summary>
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var results = new string?[messages.Count];
        if (messages.Count == 0) return results;
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, o.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Array.Fill(results, $"SMTP {o.Host}:{o.Port}: {e.Message}");
            return results;
        }
        for (var i = 0; i < messages.Count; i++)
        {
            try { await client.SendAsync(Build(o, messages[i]), ct); }
            catch (Exception e) when (e is not OperationCanceledException) { results[i] = $"SMTP {o.Host}:{o.Port}: {e.Message}"; }
        }
        try { await client.DisconnectAsync(true, ct); }
        catch (Exception e) when (e is not OperationCanceledException) { /* every message was handed over already */ _ = e; }
        return results;
    }

    private static MimeMessage Build(SmtpOptions o, EmailMessage m)
    {
        var message = new MimeMessage { Subject = m.Subject };
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        message.Body = new BodyBuilder { HtmlBody = m.Html, TextBody = m.Text }.ToMessageBody();
        return message;
    }
}
