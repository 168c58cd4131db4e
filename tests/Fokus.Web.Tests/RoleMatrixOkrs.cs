namespace Fokus.Web.Tests;

/// <summary>
/// Objectives and key results. Leads edit their teams' objectives and key results, members their own personal
/// objectives and the key results they own, admins everything. Another organisation's objective answers 404;
/// naming this organisation's team or period in a create body is a 400 field error.
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Objectives(RoleMatrixWorld w) =>
    [
        new("list objectives", c => c.Get("/api/v1/objectives"), 200, 200, 200, 200, 200),
        new("coach a draft key result", c => c.Post("/api/v1/coach/analyze", new { text = "Ring 100 kalla samtal", kind = "keyResult" }),
            200, 200, 200, 200, 200),
        new("coach a saved objective", c => c.Get($"/api/v1/objectives/{w.Own.Id()}/coach"), 200, 200, 200, 200, 404),
        new("read the lead's team OKR health", c => c.Get($"/api/v1/coach/health?teamId={w.LeadTeam}"), 200, 200, 200, 200, 404),
        new("read objective", c => c.Get($"/api/v1/objectives/{w.Own.Id()}"), 200, 200, 200, 200, 404),
        new("create objective for the lead's team", c => c.Post("/api/v1/objectives", w.Home.ObjectiveBody(w.LeadTeam)), 403, 403, 201, 201, 400),
        new("create objective for the other team", c => c.Post("/api/v1/objectives", w.Home.ObjectiveBody(w.OtherTeam)), 403, 403, 403, 201, 400),
        new("create own personal objective", c => c.Post("/api/v1/objectives", w.PersonalBody(c.PersonId)), 403, 201, 201, 201, 400),
        new("create a personal objective for the member", c => c.Post("/api/v1/objectives", w.PersonalBody(w.MemberId)), 403, 201, 403, 201, 400),
        new("edit the lead's team objective", c => EditObjective(w, c, w.Own.Id()), 403, 403, 200, 200, 404),
        new("edit the other team's objective", c => EditObjective(w, c, w.Other.Id()), 403, 403, 403, 200, 404),
        new("edit the member's personal objective", c => EditObjective(w, c, w.MemberPersonal), 403, 200, 403, 200, 404),
        new("move the lead's team objective to the other team", async c =>
        {
            var id = await w.FreshObjectiveAsync(w.LeadTeam);
            var body = await w.Admin.CurrentAsync($"/api/v1/objectives/{id}");
            return await c.Put($"/api/v1/objectives/{id}", new
            {
                version = body.GetProperty("version").GetInt32(), title = "Moved", level = "team", periodId = w.PeriodId, ownerTeamId = w.OtherTeam,
            });
        }, 403, 403, 403, 200, 404),
        new("move a fresh personal objective of the member to the lead's team", async c =>
        {
            var id = await w.FreshPersonalAsync(w.MemberId);
            var version = (await w.Admin.CurrentAsync($"/api/v1/objectives/{id}")).GetProperty("version").GetInt32();
            return await c.Put($"/api/v1/objectives/{id}",
                new { version, title = "Moved", level = "team", periodId = w.PeriodId, ownerTeamId = w.LeadTeam });
        }, 403, 403, 403, 200, 404),
        new("delete a fresh objective of the lead's team", async c =>
            await c.Delete($"/api/v1/objectives/{await w.FreshObjectiveAsync(w.LeadTeam)}"), 403, 403, 204, 204, 404),
        new("delete a fresh objective of the other team", async c =>
            await c.Delete($"/api/v1/objectives/{await w.FreshObjectiveAsync(w.OtherTeam)}"), 403, 403, 403, 204, 404),
        new("delete a fresh personal objective of the member", async c =>
            await c.Delete($"/api/v1/objectives/{await w.FreshPersonalAsync(w.MemberId)}"), 403, 204, 403, 204, 404),
    ];

    public static IEnumerable<RoleCase> KeyResults(RoleMatrixWorld w) =>
    [
        new("add key result to the lead's team objective", c => c.Post($"/api/v1/objectives/{w.Own.Id()}/key-results",
            new { title = "More", type = "milestone" }), 403, 403, 201, 201, 404),
        new("add key result to the other team's objective", c => c.Post($"/api/v1/objectives/{w.Other.Id()}/key-results",
            new { title = "More", type = "milestone" }), 403, 403, 403, 201, 404),
        new("add key result to the member's personal objective", c => c.Post($"/api/v1/objectives/{w.MemberPersonal}/key-results",
            new { title = "More", type = "milestone" }), 403, 201, 403, 201, 404),
        new("list key results", c => c.Get($"/api/v1/key-results?objectiveId={w.Own.Id()}"), 200, 200, 200, 200, 200),
        new("read key result", c => c.Get($"/api/v1/key-results/{w.OwnKr}"), 200, 200, 200, 200, 404),
        new("edit the member's key result", c => EditKr(w, c, w.OwnKr), 403, 200, 200, 200, 404),
        new("edit an unowned key result of the lead's team", c => EditKr(w, c, w.UnownedKr), 403, 403, 200, 200, 404),
        new("edit the other team's key result", c => EditKr(w, c, w.OtherKr), 403, 403, 403, 200, 404),
        new("delete a fresh key result of the lead's team", async c =>
            await c.Delete($"/api/v1/key-results/{await w.FreshKrAsync(w.Own.Id())}"), 403, 403, 204, 204, 404),
        new("delete a fresh key result of the other team", async c =>
            await c.Delete($"/api/v1/key-results/{await w.FreshKrAsync(w.Other.Id())}"), 403, 403, 403, 204, 404),
        new("delete a fresh key result of the member's personal objective", async c =>
            await c.Delete($"/api/v1/key-results/{await w.FreshKrAsync(w.MemberPersonal)}"), 403, 204, 403, 204, 404),
    ];

    /// <summary>Sends the objective back as it stands, with its current version, so earlier roles' edits never make it stale.</summary>
    private static async Task<HttpResponseMessage> EditObjective(RoleMatrixWorld w, RoleClient c, Guid id) =>
        await c.Put($"/api/v1/objectives/{id}", await w.Admin.CurrentAsync($"/api/v1/objectives/{id}"));

    /// <summary>The key result's own definition (owner included) with its current version.</summary>
    private static async Task<HttpResponseMessage> EditKr(RoleMatrixWorld w, RoleClient c, Guid id) =>
        await c.Put($"/api/v1/key-results/{id}", await w.Admin.CurrentAsync($"/api/v1/key-results/{id}"));
}
