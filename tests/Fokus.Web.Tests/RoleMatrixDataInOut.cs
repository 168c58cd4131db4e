using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>
/// Data in and out: everyone may export what they read; admins and leads import (an import of another organisation
/// answers 404); only admins take backups. Another organisation's admin backs up and imports into its own organisation.
/// </summary>
internal static partial class RoleMatrix
{
    private const string LeadTeamCsv = "Objective,Team,Key result,Start,Target\nShip faster,Lead's team,Lead time (days),20,5\n";

    public static IEnumerable<RoleCase> DataInOut(RoleMatrixWorld w) =>
    [
        new("export the period as CSV", c => c.Get($"/api/v1/exports?format=csv&periodId={w.PeriodId}"), 200, 200, 200, 200, 404),
        new("back up the organisation", c => c.Get("/api/v1/backup"), 403, 403, 403, 200, 200),
        new("list the scheduled backups", c => c.Get("/api/v1/backup/files"), 403, 403, 403, 200, 200),
        new("download a scheduled backup that is not there", c => c.Get("/api/v1/backup/files/none.fokus-backup.json.gz"), 403, 403, 403, 404, 404),
        new("upload a file to import", c => c.PostForm("/api/v1/imports", Upload()), 403, 403, 201, 201, 201),
        new("read the admin's import preview", async c => await c.Get($"/api/v1/imports/{await AdminImportAsync(w)}"), 403, 403, 200, 200, 404),
        new("change the admin's import mapping", async c => await c.Put($"/api/v1/imports/{await AdminImportAsync(w)}/mapping",
            new { mapping = new Dictionary<string, int> { ["objective"] = 0, ["team"] = 1, ["keyResult"] = 2, ["start"] = 3, ["target"] = 4 } }),
            403, 403, 200, 200, 404),
        new("apply the admin's import", async c => await c.Post($"/api/v1/imports/{await AdminImportAsync(w)}/apply", new { }), 403, 403, 200, 200, 404),
    ];

    private static MultipartFormDataContent Upload()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(LeadTeamCsv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "okr.csv" } };
    }

    /// <summary>A fresh preview by the home admin, made outside the recorded calls.</summary>
    private static async Task<Guid> AdminImportAsync(RoleMatrixWorld w)
    {
        var response = await w.Admin.PostAsync("/api/v1/imports", Upload());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }
}
