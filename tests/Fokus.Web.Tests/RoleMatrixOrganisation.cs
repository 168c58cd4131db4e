namespace Fokus.Web.Tests;

/// <summary>
/// Organisation, me, big picture, teams, people and periods. Columns: viewer, member, lead, admin, another
/// organisation's admin. Everyone reads; only admins write here (a person may change their own name, title and
/// language). Another organisation's ids answer 404; calls without an id act on the caller's own organisation.
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Organisation(RoleMatrixWorld w) =>
    [
        new("read organisation", c => c.Get("/api/v1/organisation"), 200, 200, 200, 200, 200),
        new("edit organisation", c => c.Put("/api/v1/organisation", new { name = "Renamed" }), 403, 403, 403, 200, 200),
        new("read me", c => c.Get("/api/v1/me"), 200, 200, 200, 200, 200),
        new("set my language", c => c.Put("/api/v1/me/language", new { language = "en" }), 204, 204, 204, 204, 204),
        new("read big picture", c => c.Get("/api/v1/big-picture"), 200, 200, 200, 200, 200),
        new("read big picture of a period", c => c.Get($"/api/v1/big-picture?periodId={w.PeriodId}"), 200, 200, 200, 200, 404),
    ];

    public static IEnumerable<RoleCase> Teams(RoleMatrixWorld w) =>
    [
        new("list teams", c => c.Get("/api/v1/teams"), 200, 200, 200, 200, 200),
        new("read team", c => c.Get($"/api/v1/teams/{w.LeadTeam}"), 200, 200, 200, 200, 404),
        new("read team okrs", c => c.Get($"/api/v1/teams/{w.LeadTeam}/okrs"), 200, 200, 200, 200, 404),
        new("create team", c => c.Post("/api/v1/teams", new { name = $"T{Guid.NewGuid():N}", memberIds = Array.Empty<Guid>() }),
            403, 403, 403, 201, 201),
        new("edit the lead's own team", async c => await c.Put($"/api/v1/teams/{w.LeadTeam}",
            await w.Admin.CurrentAsync($"/api/v1/teams/{w.LeadTeam}")), 403, 403, 403, 200, 404),
        new("edit another team", async c => await c.Put($"/api/v1/teams/{w.OtherTeam}",
            await w.Admin.CurrentAsync($"/api/v1/teams/{w.OtherTeam}")), 403, 403, 403, 200, 404),
        new("delete a fresh team", async c => await c.Delete($"/api/v1/teams/{await w.FreshTeamAsync()}"), 403, 403, 403, 204, 404),
    ];

    public static IEnumerable<RoleCase> People(RoleMatrixWorld w) =>
    [
        new("list people", c => c.Get("/api/v1/people"), 200, 200, 200, 200, 200),
        new("read person", c => c.Get($"/api/v1/people/{w.MemberId}"), 200, 200, 200, 200, 404),
        new("create person", c => c.Post("/api/v1/people",
            new { name = "New hire", email = $"new-{Guid.NewGuid():N}@test.example", role = "member" }), 403, 403, 403, 201, 201),
        new("edit own name, title and language", c => c.Put($"/api/v1/people/{c.PersonId}",
            new { name = $"{c.Role} person", title = "Renamed title", language = "sv" }), 200, 200, 200, 200, 200),
        new("make oneself admin", c => c.Put($"/api/v1/people/{c.PersonId}",
            new { name = $"{c.Role} person", role = "admin" }), 403, 403, 403, 200, 200),
        new("move oneself into the other team", async c => await c.Put($"/api/v1/people/{c.PersonId}",
            new { name = $"{c.Role} person", teamIds = new[] { c.IsOutsider ? await w.Away.AddTeamAsync("Away 2") : w.OtherTeam } }),
            403, 403, 403, 200, 200),
        new("edit another person", async c =>
        {
            var id = await w.FreshPersonAsync();
            return await c.Put($"/api/v1/people/{id}", await w.Admin.CurrentAsync($"/api/v1/people/{id}"));
        }, 403, 403, 403, 200, 404),
        new("edit another person's name only", async c => await c.Put($"/api/v1/people/{await w.FreshPersonAsync()}",
            new { name = "Someone else", title = "Renamed" }), 403, 403, 403, 200, 404),
        new("delete a fresh person", async c => await c.Delete($"/api/v1/people/{await w.FreshPersonAsync()}"), 403, 403, 403, 204, 404),
    ];

    public static IEnumerable<RoleCase> Periods(RoleMatrixWorld w) =>
    [
        new("list periods", c => c.Get("/api/v1/periods"), 200, 200, 200, 200, 200),
        new("read current period", c => c.Get("/api/v1/periods/current"), 200, 200, 200, 200, 200),
        new("read period", c => c.Get($"/api/v1/periods/{w.PeriodId}"), 200, 200, 200, 200, 404),
        new("create period", c => c.Post("/api/v1/periods",
            new { kind = "custom", name = "Sprint", startDate = "2027-01-01", endDate = "2027-02-01" }), 403, 403, 403, 201, 201),
        new("edit the current period", async c => await c.Put($"/api/v1/periods/{w.PeriodId}",
            await w.Admin.CurrentAsync($"/api/v1/periods/{w.PeriodId}")), 403, 403, 403, 200, 404),
        new("edit a fresh period", async c => await c.Put($"/api/v1/periods/{await w.FreshPeriodAsync()}",
            new { kind = "custom", name = "Renamed sprint", startDate = "2027-01-01", endDate = "2027-03-01" }), 403, 403, 403, 200, 404),
        new("delete a fresh period", async c => await c.Delete($"/api/v1/periods/{await w.FreshPeriodAsync()}"), 403, 403, 403, 204, 404),
    ];
}
