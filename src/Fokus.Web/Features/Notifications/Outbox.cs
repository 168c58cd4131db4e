using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>One message for claimed deliveries: an e-mail, a chat post or in-app notifications.</summary>
internal sealed record Outgoing(IReadOnlyList<Guid> DeliveryIds, NotificationChannel Channel,
    EmailMessage? Email = null, ChatMessage? Chat = null, string? WebhookUrl = null, IReadOnlyList<Notification>? InApp = null);

internal readonly record struct SendCount(int Sent, int Failed)
{
    public static SendCount operator +(SendCount a, SendCount b) => new(a.Sent + b.Sent, a.Failed + b.Failed);
}

/// <summary>Sends claimed deliveries on their channels and records each one's success or failure (with the error).</summary>
internal sealed class Outbox(EmailSender email, ChatWebhookSender chat, DeliveryLedger ledger, IDbContextFactory<FokusDbContext> dbs,
    ILogger<Outbox> log)
{
    public async Task<SendCount> SendAsync(IReadOnlyList<Outgoing> items, DateTimeOffset now, CancellationToken ct)
    {
        var count = new SendCount();
        foreach (var item in items.Where(i => i.Channel == NotificationChannel.InApp))
            count += await RecordAsync(item, await InAppAsync(item.InApp ?? [], ct), now, ct);

        var mails = items.Where(i => i.Channel == NotificationChannel.Email && i.Email is not null).ToList();
        var errors = await email.SendAsync(mails.Select(m => m.Email!).ToList(), ct);
        for (var i = 0; i < mails.Count; i++) count += await RecordAsync(mails[i], errors[i], now, ct);

        foreach (var item in items.Where(i => i.Channel is NotificationChannel.Slack or NotificationChannel.Teams && i.Chat is not null))
            count += await RecordAsync(item, await chat.SendAsync(item.Channel, item.WebhookUrl!, item.Chat!, ct), now, ct);
        return count;
    }

    private async Task<string?> InAppAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        // The outbox stores notifications of every organisation in one pass; each row names its own.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        db.Notifications.AddRange(notifications);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e)
        {
            return e.InnerException?.Message ?? e.Message;
        }
    }

    private async Task<SendCount> RecordAsync(Outgoing item, string? error, DateTimeOffset now, CancellationToken ct)
    {
        if (error is null)
        {
            await ledger.SentAsync(item.DeliveryIds, now, ct);
            return new SendCount(item.DeliveryIds.Count, 0);
        }
        log.LogWarning("Delivery on {Channel} failed: {Error}", item.Channel, error);
        await ledger.FailedAsync(item.DeliveryIds, error, now, ct);
        return new SendCount(0, item.DeliveryIds.Count);
    }
}
