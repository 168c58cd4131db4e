namespace Fokus.Web.Tests;

/// <summary>
/// Check-ins and initiatives. Checking in follows the key result's edit rights; a check-in is changed or removed
/// by its author, a lead of the key result's team or an admin (never by a viewer). Initiatives: anyone but viewers creates; the owner, a lead or an
/// admin edits and deletes.
/// </summary>
internal static partial class RoleMatrix
{
    private static readonly object CheckIn = new { value = 5, confidence = 7 };

    public static IEnumerable<RoleCase> CheckIns(RoleMatrixWorld w) =>
    [
        new("check in on the member's key result", c => c.Post($"/api/v1/key-results/{w.OwnKr}/check-ins", CheckIn), 403, 201, 201, 201, 404),
        new("check in on an unowned key result of the lead's team", c => c.Post($"/api/v1/key-results/{w.UnownedKr}/check-ins", CheckIn),
            403, 403, 201, 201, 404),
        new("check in on the other team's key result", c => c.Post($"/api/v1/key-results/{w.OtherKr}/check-ins", CheckIn), 403, 403, 403, 201, 404),
        new("list check-ins", c => c.Get($"/api/v1/key-results/{w.OwnKr}/check-ins"), 200, 200, 200, 200, 404),
        new("read check-in", c => c.Get($"/api/v1/check-ins/{w.AdminCheckIn}"), 200, 200, 200, 200, 404),
        // The admin's check-in is on the lead's team: its lead may correct it too.
        new("edit the admin's check-in", c => c.Put($"/api/v1/check-ins/{w.AdminCheckIn}", new { confidence = 4, note = "edited" }),
            403, 403, 200, 200, 404),
        new("edit the admin's check-in on the other team", async c =>
            await c.Put($"/api/v1/check-ins/{await w.CheckInAsync(w.Admin, w.OtherKr)}", new { confidence = 4 }), 403, 403, 403, 200, 404),
        // The outsider's own check-in lives in its own organisation; the viewer wrote its own while briefly an admin.
        new("edit own check-in", async c => await c.Put($"/api/v1/check-ins/{await w.OwnCheckInAsync(c)}", new { confidence = 8 }),
            403, 200, 200, 200, 200),
        new("delete a fresh check-in by the admin", async c =>
            await c.Delete($"/api/v1/check-ins/{await w.CheckInAsync(w.Admin, w.OtherKr)}"), 403, 403, 403, 204, 404),
        new("delete a fresh check-in by the member on the lead's team", async c =>
            await c.Delete($"/api/v1/check-ins/{await w.CheckInAsync(w.MemberClient, w.OwnKr)}"), 403, 204, 204, 204, 404),
        new("delete own fresh check-in", async c => await c.Delete($"/api/v1/check-ins/{await w.OwnCheckInAsync(c)}"),
            403, 204, 204, 204, 204),
    ];

    public static IEnumerable<RoleCase> Initiatives(RoleMatrixWorld w) =>
    [
        new("list initiatives", c => c.Get("/api/v1/initiatives"), 200, 200, 200, 200, 200),
        new("read initiative", c => c.Get($"/api/v1/initiatives/{w.MemberInitiative}"), 200, 200, 200, 200, 404),
        new("create initiative", c => c.Post("/api/v1/initiatives", RoleMatrixWorld.InitiativeBody(w.OwnKr)), 403, 201, 201, 201, 400),
        new("edit the member's initiative", c => EditInitiative(w, c, w.MemberInitiative), 403, 200, 200, 200, 404),
        new("edit the admin's initiative", c => EditInitiative(w, c, w.AdminInitiative), 403, 403, 200, 200, 404),
        new("take over a fresh initiative of the admin", async c => await c.Put(
            $"/api/v1/initiatives/{await w.FreshInitiativeAsync(w.Home.AdminPersonId)}",
            RoleMatrixWorld.InitiativeBody(w.OwnKr, c.PersonId)), 403, 403, 200, 200, 404),
        new("delete a fresh initiative of the member", async c =>
            await c.Delete($"/api/v1/initiatives/{await w.FreshInitiativeAsync(w.MemberId)}"), 403, 204, 204, 204, 404),
        new("delete a fresh initiative of the admin", async c =>
            await c.Delete($"/api/v1/initiatives/{await w.FreshInitiativeAsync(w.Home.AdminPersonId)}"), 403, 403, 204, 204, 404),
    ];

    private static async Task<HttpResponseMessage> EditInitiative(RoleMatrixWorld w, RoleClient c, Guid id) =>
        await c.Put($"/api/v1/initiatives/{id}", await w.Admin.CurrentAsync($"/api/v1/initiatives/{id}"));
}
