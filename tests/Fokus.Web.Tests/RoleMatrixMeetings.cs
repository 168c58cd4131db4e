using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>Check-in meetings: everyone reads them; anyone but a viewer starts, runs and records them; another organisation's answer 404.</summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Meetings(RoleMatrixWorld w) =>
    [
        new("list a team's meetings", c => c.Get($"/api/v1/teams/{w.LeadTeam}/meetings"), 200, 200, 200, 200, 404),
        new("start a meeting", c => c.Post($"/api/v1/teams/{w.LeadTeam}/meetings", new { }), 403, 201, 201, 201, 404),
        new("read a meeting", async c => await c.Get($"/api/v1/meetings/{await FreshMeetingAsync(w)}"), 200, 200, 200, 200, 404),
        new("write a meeting's notes", async c => await c.Put($"/api/v1/meetings/{await FreshMeetingAsync(w)}", new { notes = "Bra möte" }),
            403, 200, 200, 200, 404),
        new("record an action", async c => await c.Post($"/api/v1/meetings/{await FreshMeetingAsync(w)}/items",
            new { kind = "action", text = "Ring Anna om piloten" }), 403, 201, 201, 201, 404),
        new("tick an action off", async c => await c.Put($"/api/v1/meeting-items/{await FreshActionAsync(w)}", new { done = true }),
            403, 204, 204, 204, 404),
    ];

    private static async Task<Guid> FreshMeetingAsync(RoleMatrixWorld w) =>
        (await (await w.Admin.PostAsJsonAsync($"/api/v1/teams/{w.LeadTeam}/meetings", new { })).JsonAsync()).Id();

    private static async Task<Guid> FreshActionAsync(RoleMatrixWorld w) =>
        (await (await w.Admin.PostAsJsonAsync($"/api/v1/meetings/{await FreshMeetingAsync(w)}/items",
            new { kind = "action", text = "Följ upp" })).JsonAsync()).Id();
}
