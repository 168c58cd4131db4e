using Fokus.Core.Model;

namespace Fokus.Web.Features.Notifications;

public sealed record NotificationDto(Guid Id, NotificationKind Kind, string Title, string Body, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record UnreadCountDto(int Count);

/// <summary>A person's channels; every field is optional on update (null keeps the current choice).</summary>
public sealed record NotificationPreferencesDto(bool InApp, bool Email, bool Chat, bool DigestEmail, bool Muted);

internal sealed record SavePreferencesRequest(bool? InApp, bool? Email, bool? Chat, bool? DigestEmail, bool? Muted);

/// <summary>A team's rhythm; webhook URLs come back masked, never in full.</summary>
public sealed record TeamRhythmDto(Guid TeamId, int EveryWeeks, DayOfWeek? Weekday, DayOfWeek EffectiveWeekday,
    string? SlackWebhook, string? TeamsWebhook);

/// <summary>Webhook URLs: null keeps the stored one, "" removes it, a URL replaces it.</summary>
internal sealed record SaveTeamRhythmRequest(int? EveryWeeks, DayOfWeek? Weekday, string? SlackWebhookUrl, string? TeamsWebhookUrl);

public sealed record DeliveryDto(Guid Id, NotificationKind Kind, NotificationChannel Channel, Guid RecipientId, Guid SubjectId,
    DateOnly DueDate, DeliveryState State, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? NextAttemptAt);
