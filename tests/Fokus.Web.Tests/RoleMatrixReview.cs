namespace Fokus.Web.Tests;

/// <summary>
/// The quarter review: everyone reads the review and the report; whoever may edit an objective reviews it; anyone but a
/// viewer carries over (only what they may edit); only an admin closes a period; another organisation's period is not found.
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Review(RoleMatrixWorld w) =>
    [
        new("read a period's review", c => c.Get($"/api/v1/periods/{w.PeriodId}/review"), 200, 200, 200, 200, 404),
        new("read a period's report", c => c.Get($"/api/v1/periods/{w.PeriodId}/report"), 200, 200, 200, 200, 404),
        new("review the lead team's objective", c => c.Put($"/api/v1/objectives/{w.Own.Id()}/review",
            new { whatWorked = "Weekly check-ins kept us honest" }), 403, 403, 200, 200, 404),
        new("carry over into a fresh period", async c => await c.Post($"/api/v1/periods/{w.PeriodId}/carry-over",
            new { nextPeriodId = await w.FreshPeriodAsync(), teamId = w.LeadTeam }), 403, 200, 200, 200, 404),
        new("close a fresh period", async c => await c.Post($"/api/v1/periods/{await w.FreshPeriodAsync()}/close", new { }),
            403, 403, 403, 200, 404),
    ];
}
