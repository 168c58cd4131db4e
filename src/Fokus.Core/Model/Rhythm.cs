namespace Fokus.Core.Model;

/// <summary>Where a notification goes: the bell in the app, e-mail, or a team's chat webhook.</summary>
public enum NotificationChannel { InApp, Email, Slack, Teams }

/// <summary>Pending while a node sends it; Failed waits for a retry; GaveUp after the last attempt.</summary>
public enum DeliveryState { Pending, Sent, Failed, GaveUp }

/// <summary>Reaction, Comment and Mention come from people cheering and talking about check-ins.</summary>
public enum NotificationKind { Reminder, Digest, Reaction, Comment, Mention, PeriodRequest }

/// <summary>A team's own check-in rhythm and chat webhooks; a team without one follows the organisation (weekly, its weekday).</summary>
public sealed class TeamRhythm : IOrganisationOwned
{
    public const int UrlMaxLength = 1000;

    public Guid TeamId { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>1 = weekly, 2 = every other week, up to 4.</summary>
    public int EveryWeeks { get; set; } = 1;
    /// <summary>Null follows the organisation's check-in weekday.</summary>
    public DayOfWeek? Weekday { get; set; }
    /// <summary>Secrets: never shown in full once stored.</summary>
    public string? SlackWebhookUrl { get; set; }
    public string? TeamsWebhookUrl { get; set; }
}

/// <summary>One person's choice of channels; a person without a row gets every channel.</summary>
public sealed class NotificationPreference : IOrganisationOwned
{
    public Guid PersonId { get; set; }
    public Guid OrganisationId { get; set; }
    public bool Email { get; set; } = true;
    public bool InApp { get; set; } = true;
    /// <summary>Whether the person's due key results are named in the team's chat reminder.</summary>
    public bool Chat { get; set; } = true;
    public bool DigestEmail { get; set; } = true;
    /// <summary>Muted: no reminder or digest on any channel.</summary>
    public bool Muted { get; set; }
}

/// <summary>An in-app notification in a person's bell.</summary>
public sealed class Notification : IOrganisationOwned
{
    public const int TitleMaxLength = 300, BodyMaxLength = 2000, LinkMaxLength = 500;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid PersonId { get; set; }
    public NotificationKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>An app-relative link, e.g. /key-results/{id}.</summary>
    public string Link { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>
/// One reminder or digest on one channel to one recipient. The unique (recipient, subject, due date, channel) is
/// inserted before sending, so retries and other nodes never send it twice.
/// </summary>
public sealed class Delivery : IOrganisationOwned
{
    public const int ErrorMaxLength = 1000;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public NotificationKind Kind { get; set; }
    /// <summary>The person (e-mail, in-app) or the team (Slack, Teams).</summary>
    public Guid RecipientId { get; set; }
    /// <summary>The key result of a reminder or the digest.</summary>
    public Guid SubjectId { get; set; }
    public DateOnly DueDate { get; set; }
    public NotificationChannel Channel { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>A weekly digest for a team, or for the whole organisation (TeamId null), kept as history.</summary>
public sealed class Digest : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid? TeamId { get; set; }
    /// <summary>The team, or the organisation for its own digest: one digest per scope and week.</summary>
    public Guid ScopeId { get; set; }
    public Guid? PeriodId { get; set; }
    /// <summary>The first and last day the digest covers.</summary>
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    /// <summary>The digest's sections as JSON (wins, needs attention, progress), in that order.</summary>
    public string Content { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A database lease: the node that holds it (until it expires) runs the background cycle.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
