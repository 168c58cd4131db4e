using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.CheckIns;

/// <summary>Comments and reactions on check-ins ("people cheer the wins").</summary>
internal static class CheckInSocialEndpoints
{
    public static IServiceCollection AddCheckInSocial(this IServiceCollection services) =>
        services.AddScoped<CheckInSocialCommands>().AddScoped<CheckInSocialQueries>();

    public static RouteGroupBuilder MapCheckInSocial(this RouteGroupBuilder api)
    {
        api.MapGet("/check-ins/{id:guid}/comments", async (Caller caller, Guid id, CheckInSocialQueries q, CancellationToken ct) =>
            (await q.CommentsAsync(caller, id, ct)).ToHttp()).Produces<IReadOnlyList<CheckInCommentDto>>()
            .WithSummary("The comments on a check-in, oldest first.");
        api.MapPost("/check-ins/{id:guid}/comments", async (Caller caller, Guid id, AddCommentRequest body, CheckInSocialCommands c, CancellationToken ct) =>
            (await c.AddCommentAsync(caller, id, body, ct)).ToHttp(r => $"/api/v1/check-ins/{r.CheckInId}/comments"))
            .Produces<CheckInCommentDto>(201);
        api.MapDelete("/check-in-comments/{id:guid}", async (Caller caller, Guid id, CheckInSocialCommands c, CancellationToken ct) =>
            (await c.DeleteCommentAsync(caller, id, ct)).ToHttp()).WithSummary("Removes a comment (its author or an admin).");
        api.MapGet("/check-ins/{id:guid}/reactions", async (Caller caller, Guid id, CheckInSocialQueries q, CancellationToken ct) =>
            (await q.ReactionsAsync(caller, id, ct)).ToHttp()).Produces<ReactionSummaryDto>();
        api.MapPost("/check-ins/{id:guid}/reactions", async (Caller caller, Guid id, ToggleReactionRequest body, CheckInSocialCommands c, CancellationToken ct) =>
            (await c.ToggleReactionAsync(caller, id, body.Kind, ct)).ToHttp()).Produces<ReactionSummaryDto>()
            .WithSummary("Toggles one of the caller's reactions: given if not yet given, otherwise taken back.");
        api.MapPut("/check-ins/{id:guid}/reactions/{kind}", async (Caller caller, Guid id, string kind, CheckInSocialCommands c, CancellationToken ct) =>
            (await c.AddReactionAsync(caller, id, ReactionKinds.Parse(kind), ct)).ToHttp()).Produces<ReactionSummaryDto>();
        api.MapDelete("/check-ins/{id:guid}/reactions/{kind}", async (Caller caller, Guid id, string kind, CheckInSocialCommands c, CancellationToken ct) =>
            (await c.RemoveReactionAsync(caller, id, ReactionKinds.Parse(kind), ct)).ToHttp());
        return api;
    }
}
