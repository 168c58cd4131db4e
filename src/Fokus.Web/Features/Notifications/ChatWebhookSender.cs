using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fokus.Core.Model;

namespace Fokus.Web.Features.Notifications;

/// <summary>A message for a team's chat: a title, lines of text, each with an optional link.</summary>
internal sealed record ChatMessage(string Title, IReadOnlyList<ChatLine> Lines, string LinkText, string Link);

internal sealed record ChatLine(string Text, string? Link = null);

/// <summary>Posts to Slack and Microsoft Teams incoming webhooks: Slack blocks with mrkdwn, a Teams Adaptive Card.</summary>
internal sealed class ChatWebhookSender(IHttpClientFactory http)
{
    public const string ClientName = "fokus-webhooks";

    /// <summary>Null when the webhook took the message, else the error.</summary>
    public async Task<string?> SendAsync(NotificationChannel channel, string url, ChatMessage message, CancellationToken ct)
    {
        var payload = channel == NotificationChannel.Slack ? Slack(message) : Teams(message);
        try
        {
            using var response = await http.CreateClient(ClientName).PostAsJsonAsync(url, payload, ct);
            if (response.IsSuccessStatusCode) return null;
            var body = await response.Content.ReadAsStringAsync(ct);
            return $"{channel} webhook answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return $"{channel} webhook: {e.Message}";
        }
    }

    public static JsonObject Slack(ChatMessage m)
    {
        var lines = string.Join("\n", m.Lines.Select(l => "• " + (l.Link is null ? Escape(l.Text) : $"<{l.Link}|{Escape(l.Text)}>")));
        return new JsonObject
        {
            ["text"] = m.Title,
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = m.Title } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = lines.Length == 0 ? " " : lines } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"<{m.Link}|{Escape(m.LinkText)}>" } }),
        };
    }

    public static JsonObject Teams(ChatMessage m)
    {
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true, ["text"] = m.Title });
        foreach (var line in m.Lines)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["text"] = "- " + (line.Link is null ? line.Text : $"[{line.Text}]({line.Link})") });
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["type"] = "AdaptiveCard", ["version"] = "1.4", ["body"] = body,
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = m.LinkText, ["url"] = m.Link }),
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
        };
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
