using System.Net.Http.Json;

namespace Fokus.Web.Tests;

internal sealed partial class RoleMatrixWorld
{
    public Task<Guid> CommentAsync(HttpClient author, Guid checkIn) =>
        author.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "Well done" }).CreatedIdAsync("comment");

    /// <summary>A comment the role itself wrote in its own organisation; the viewer writes it while briefly an admin.</summary>
    public async Task<Guid> OwnCommentAsync(RoleClient c)
    {
        if (c.IsOutsider) return await CommentAsync(c.Http, await CheckInAsync(c.Http, AwayKr));
        if (c.Role != RoleClient.Viewer) return await CommentAsync(c.Http, AdminCheckIn);
        await SetRoleAsync(ViewerId, "admin");
        try { return await CommentAsync(c.Http, AdminCheckIn); }
        finally { await SetRoleAsync(ViewerId, "viewer"); }
    }
}
