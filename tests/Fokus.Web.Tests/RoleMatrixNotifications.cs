namespace Fokus.Web.Tests;

/// <summary>
/// The bell, channel choices and digests are everyone's, viewers too; a notification or digest of someone else (or another
/// organisation) is not found. Team rhythm: everyone reads it, admins and the team's lead change it. Deliveries: admins only.
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Notifications(RoleMatrixWorld w) =>
    [
        new("list my notifications", c => c.Get("/api/v1/notifications?unreadOnly=true"), 200, 200, 200, 200, 200),
        new("count my unread notifications", c => c.Get("/api/v1/notifications/unread-count"), 200, 200, 200, 200, 200),
        new("mark a notification that is not mine read", c => c.Post($"/api/v1/notifications/{Guid.NewGuid()}/read", new { }), 404, 404, 404, 404, 404),
        new("mark all my notifications read", c => c.Post("/api/v1/notifications/read-all", new { }), 204, 204, 204, 204, 204),
        new("read my channels", c => c.Get("/api/v1/notification-preferences"), 200, 200, 200, 200, 200),
        new("choose my channels", c => c.Put("/api/v1/notification-preferences", new { digestEmail = true }), 200, 200, 200, 200, 200),
        // The outsider is an admin too, and lists its own organisation's (empty) record.
        new("list deliveries", c => c.Get("/api/v1/deliveries?state=failed"), 403, 403, 403, 200, 200),
        new("read a team's rhythm", c => c.Get($"/api/v1/teams/{w.LeadTeam}/rhythm"), 200, 200, 200, 200, 404),
        new("set the led team's rhythm", c => c.Put($"/api/v1/teams/{w.LeadTeam}/rhythm", new { everyWeeks = 2, weekday = "tuesday" }),
            403, 403, 200, 200, 404),
        new("set another team's rhythm", c => c.Put($"/api/v1/teams/{w.OtherTeam}/rhythm", new { everyWeeks = 1 }), 403, 403, 403, 200, 404),
        new("list a team's digests", c => c.Get($"/api/v1/digests?teamId={w.LeadTeam}"), 200, 200, 200, 200, 404),
        new("read a digest that does not exist", c => c.Get($"/api/v1/digests/{Guid.NewGuid()}"), 404, 404, 404, 404, 404),
        new("list a team's wins", c => c.Get($"/api/v1/wins?teamId={w.LeadTeam}"), 200, 200, 200, 200, 404),
    ];
}
