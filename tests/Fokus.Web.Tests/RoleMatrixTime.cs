using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>
/// Time and words (issue #9 §5): everyone sets their own time zone and reads the re-opening history and the next-period
/// plan; anyone but a viewer asks for the next period; another organisation's period is not found.
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Time(RoleMatrixWorld w) =>
    [
        new("set my time zone", c => c.Put("/api/v1/me/time-zone", new { timeZoneId = "Europe/Stockholm" }), 204, 204, 204, 204, 204),
        new("list period re-openings", c => c.Get("/api/v1/periods/reopenings"), 200, 200, 200, 200, 200),
        new("read the next-period plan", c => c.Get($"/api/v1/periods/{w.PeriodId}/next-period"), 200, 200, 200, 200, 404),
        new("ask for the next period of a lone period", async c => await c.Post($"/api/v1/periods/{await LonePeriodAsync(w)}/next-period/request", new { }),
            403, 200, 200, 200, 404),
    ];

    // Far from every other period, so it has no next period yet and asking for one is allowed.
    private static Task<Guid> LonePeriodAsync(RoleMatrixWorld w) => w.Admin.PostAsJsonAsync("/api/v1/periods",
        new { kind = "custom", name = "Far", startDate = "2090-01-01", endDate = "2090-03-31" }).CreatedIdAsync("period");
}
