using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Fokus.Web.Tests;

/// <summary>Files crafted to hurt: nulls in a JSON document, a workbook that declares a huge sheet, an alignment loop
/// closed through objectives already stored. Each is a clear 400 or a row error, never a 500 or a stored loop.</summary>
[Collection(AppsCollection.Name)]
public sealed class ImportHardeningTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task JsonDocumentWithNullObjectsOrKeyResults_Answers400OnTheFile(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        foreach (var objectives in new[] { "[null]", """[{"id":"0190b2c4-0000-7000-8000-000000000001","title":"A","description":"","level":"Team","state":"Active","keyResults":[null]}]""" })
        {
            var json = $$"""{"format":"fokus-okr-export","version":1,"exportedAt":"2026-12-01T00:00:00Z","organisation":"X","periods":[],"teams":[],"objectives":{{objectives}},"initiatives":[]}""";
            var response = await ImportApi.UploadAsync(org.Admin, Encoding.UTF8.GetBytes(json), "okr.json");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WorkbookDeclaringSixteenThousandColumns_Answers400BeforeReadingIt(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var bomb = WithDimension(ImportSamples.Xlsx(), "A1:XFD40000");
        var response = await ImportApi.UploadAsync(org.Admin, bomb, "okr.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("512", (await response.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ParentLoopThroughStoredObjectives_IsARowError_AndNothingIsStored(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Platform", org.AdminPersonId);
        var parent = (await org.CreateObjectiveAsync(org.Admin, team)).Id();
        var child = await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Faster releases", description = "", periodId = org.PeriodId, level = "team", ownerTeamId = team, parentObjectiveId = parent,
            keyResults = new object[] { new { title = "Deploys per week", type = "number", unit = "", startValue = 2, targetValue = 10, direction = "increase" } },
        });
        Assert.Equal(HttpStatusCode.Created, child.StatusCode);
        var childId = (await child.JsonAsync()).Id();

        // The exported document, edited so that the stored parent now sits under its own child.
        var (_, bytes) = await ExportWorld.GetAsync(org.Admin, $"format=json&periodId={org.PeriodId}", "en");
        var doc = JsonNode.Parse(bytes)!;
        var objectives = doc["objectives"]!.AsArray();
        objectives.Single(o => (Guid)o!["id"]! == parent)!["parentId"] = childId;
        objectives.Remove(objectives.Single(o => (Guid)o!["id"]! == childId));
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        var before = await ImportApi.CountsAsync(app, orgId);

        var preview = await ImportApi.PreviewAsync(org.Admin, Encoding.UTF8.GetBytes(doc.ToJsonString()), "okr.json");
        Assert.Contains(preview.GetProperty("errors").EnumerateArray(), e => e.GetProperty("column").GetString() == "parentObjectiveId"
            && e.GetProperty("message").GetString()!.Contains("Customers love our onboarding"));
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Admin.PostAsync($"/api/v1/imports/{preview.Id()}/apply", null)).StatusCode);
        Assert.Equal(before, await ImportApi.CountsAsync(app, orgId));
    }

    /// <summary>Rewrites (or adds) the first sheet's declared range, as a crafted file would.</summary>
    private static byte[] WithDimension(byte[] xlsx, string range)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            // MiniExcel writes the spreadsheet namespace with a prefix (<x:dimension>); accept either form.
            xml = Regex.IsMatch(xml, "<(\\w+:)?dimension ref=\"[^\"]*\"")
                ? Regex.Replace(xml, "<((\\w+:)?)dimension ref=\"[^\"]*\"", $"<$1dimension ref=\"{range}\"")
                : Regex.Replace(xml, "(<(\\w+:)?worksheet[^>]*>)", $"$1<dimension ref=\"{range}\"/>");
            Assert.Contains(range, xml);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
            writer.Write(xml);
        }
        return buffer.ToArray();
    }
}
