using Fokus.Core.Model;
using Fokus.Web.Features.Digest;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Notifications;

internal static class NotificationEndpoints
{
    /// <summary>Reminders, the bell, channel choices, team rhythm and the background cycle (with the digest it sends).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddRhythmOptions(config).AddHttpClient(ChatWebhookSender.ClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<EmailSender>().AddSingleton<ChatWebhookSender>()
            .AddScoped<JobLeases>().AddScoped<DeliveryLedger>().AddScoped<ReminderPlanner>().AddScoped<Outbox>()
            .AddScoped<ReminderDispatcher>().AddScoped<ReminderRun>()
            .AddScoped<NotificationHandler>().AddScoped<TeamRhythmHandler>().AddScoped<NotificationSignals>()
            .AddDigests();
        services.AddHostedService<ReminderService>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Notifications");
        api.MapGet("/notifications", async (Caller caller, bool? unreadOnly, int? page, int? pageSize, NotificationHandler h, CancellationToken ct) =>
            (await h.ListAsync(caller, unreadOnly ?? false, page, pageSize, ct)).ToHttp()).Produces<Paged<NotificationDto>>()
            .WithSummary("The caller's in-app notifications (the bell), newest first.");
        api.MapGet("/notifications/unread-count", async (Caller caller, NotificationHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.UnreadAsync(caller, ct)));
        api.MapPost("/notifications/{id:guid}/read", async (Caller caller, Guid id, NotificationHandler h, CancellationToken ct) =>
            (await h.MarkReadAsync(caller, id, ct)).ToHttp()).WithSummary("Marks one of the caller's notifications read.");
        api.MapPost("/notifications/read-all", async (Caller caller, NotificationHandler h, CancellationToken ct) =>
            (await h.MarkAllReadAsync(caller, ct)).ToHttp());
        api.MapGet("/notification-preferences", async (Caller caller, NotificationHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.PreferencesAsync(caller, ct))).WithSummary("The caller's channels and mute.");
        api.MapPut("/notification-preferences", async (Caller caller, SavePreferencesRequest body, NotificationHandler h, CancellationToken ct) =>
            (await h.SavePreferencesAsync(caller, body, ct)).ToHttp()).Produces<NotificationPreferencesDto>();
        api.MapGet("/deliveries", async (Caller caller, QueryEnum<DeliveryState> state, int? page, int? pageSize, NotificationHandler h, CancellationToken ct) =>
            (await h.DeliveriesAsync(caller, state.Value, page, pageSize, ct)).ToHttp())
            .Produces<Paged<DeliveryDto>>().WithSummary("Every reminder and digest delivery with its failures (admins only).");
        api.MapGet("/teams/{id:guid}/rhythm", async (Caller caller, Guid id, TeamRhythmHandler h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp()).Produces<TeamRhythmDto>()
            .WithSummary("A team's check-in cadence and chat webhooks (masked).");
        api.MapPut("/teams/{id:guid}/rhythm", async (Caller caller, Guid id, SaveTeamRhythmRequest body, TeamRhythmHandler h, CancellationToken ct) =>
            (await h.SaveAsync(caller, id, body, ct)).ToHttp()).Produces<TeamRhythmDto>()
            .WithSummary("Sets the cadence and webhooks (admins and the team's lead); a webhook of null is kept, \"\" removes it.");
        app.MapDigests();
        return app;
    }
}
