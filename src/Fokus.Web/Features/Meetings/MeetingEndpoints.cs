using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Meetings;

internal static class MeetingEndpoints
{
    public static IServiceCollection AddMeetings(this IServiceCollection services) =>
        services.AddScoped<MeetingQueries>().AddScoped<MeetingCommands>();

    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup("/api/v1/teams").WithTags("Meetings");
        teams.MapGet("/{id:guid}/meetings", async (Caller caller, Guid id, MeetingQueries h, CancellationToken ct) =>
            (await h.ListAsync(caller, id, ct)).ToHttp()).Produces<IReadOnlyList<MeetingSummaryDto>>();
        teams.MapPost("/{id:guid}/meetings", async (Caller caller, Guid id, MeetingCommands h, CancellationToken ct) =>
            (await h.StartAsync(caller, id, ct)).ToHttp(m => $"/api/v1/meetings/{m.Id}")).Produces<MeetingDto>(201);
        var meetings = app.MapGroup("/api/v1/meetings").WithTags("Meetings");
        meetings.MapGet("/{id:guid}", async (Caller caller, Guid id, MeetingQueries h, CancellationToken ct) =>
            (await h.GetAsync(caller, id, ct)).ToHttp()).Produces<MeetingDto>();
        meetings.MapPut("/{id:guid}", async (Caller caller, Guid id, UpdateMeetingRequest body, MeetingCommands h, CancellationToken ct) =>
            (await h.UpdateAsync(caller, id, body, ct)).ToHttp()).Produces<MeetingDto>();
        meetings.MapPost("/{id:guid}/items", async (Caller caller, Guid id, AddMeetingItemRequest body, MeetingCommands h, CancellationToken ct) =>
            (await h.AddItemAsync(caller, id, body, ct)).ToHttp(i => $"/api/v1/meetings/{i.MeetingId}")).Produces<MeetingItemDto>(201);
        app.MapGroup("/api/v1/meeting-items").WithTags("Meetings")
            .MapPut("/{id:guid}", async (Caller caller, Guid id, SetItemDoneRequest body, MeetingCommands h, CancellationToken ct) =>
                (await h.SetDoneAsync(caller, id, body, ct)).ToHttp());
        return app;
    }
}
