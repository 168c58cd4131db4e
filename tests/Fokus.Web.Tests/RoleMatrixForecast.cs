namespace Fokus.Web.Tests;

/// <summary>
/// Forecasts and confidence calibration are reads: every role of the organisation may see them; another organisation's
/// key result, period or team answers 404.
/// </summary>
internal static partial class RoleMatrix
{
    public static IEnumerable<RoleCase> Forecasts(RoleMatrixWorld w) =>
    [
        new("read a key result's forecast", c => c.Get($"/api/v1/key-results/{w.OwnKr}/forecast"), 200, 200, 200, 200, 404),
        new("read the period's calibration for the lead's team", c => c.Get($"/api/v1/periods/{w.PeriodId}/calibration?teamId={w.LeadTeam}"),
            200, 200, 200, 200, 404),
        new("read the calibration trend of the lead's team", c => c.Get($"/api/v1/periods/calibration-trend?teamId={w.LeadTeam}"),
            200, 200, 200, 200, 404),
    ];
}
