namespace Fokus.Web.Tests;

/// <summary>
/// Comments and reactions on check-ins: everyone in the organisation reads them; members and up comment and react;
/// a comment is removed by its author or an admin (never by a viewer); another organisation's check-in is not found.
/// </summary>
internal static partial class RoleMatrix
{
    private static readonly object Comment = new { text = "Great progress!" };

    public static IEnumerable<RoleCase> CheckInSocial(RoleMatrixWorld w) =>
    [
        new("list comments", c => c.Get($"/api/v1/check-ins/{w.AdminCheckIn}/comments"), 200, 200, 200, 200, 404),
        new("comment on a check-in", c => c.Post($"/api/v1/check-ins/{w.AdminCheckIn}/comments", Comment), 403, 201, 201, 201, 404),
        new("delete a fresh comment by the admin", async c =>
            await c.Delete($"/api/v1/check-in-comments/{await w.CommentAsync(w.Admin, w.AdminCheckIn)}"), 403, 403, 403, 204, 404),
        // The viewer wrote its comment while briefly an admin; the outsider's lives in its own organisation.
        new("delete own fresh comment", async c => await c.Delete($"/api/v1/check-in-comments/{await w.OwnCommentAsync(c)}"),
            403, 204, 204, 204, 204),
        new("read reactions", c => c.Get($"/api/v1/check-ins/{w.AdminCheckIn}/reactions"), 200, 200, 200, 200, 404),
        new("toggle a reaction", c => c.Post($"/api/v1/check-ins/{w.AdminCheckIn}/reactions", new { kind = "cheer" }), 403, 200, 200, 200, 404),
        new("add a reaction", c => c.Put($"/api/v1/check-ins/{w.AdminCheckIn}/reactions/clap", new { }), 403, 200, 200, 200, 404),
        new("remove a reaction", c => c.Delete($"/api/v1/check-ins/{w.AdminCheckIn}/reactions/clap"), 403, 204, 204, 204, 404),
    ];
}
