using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Fokus.Core.Exchange;
using MiniExcelLibs;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class ExportXlsxTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Xlsx_HasFourSheetsInTheReadersLanguage_WithNumbersDatesAndFilters(string provider)
    {
        var world = await ExportWorld.CreateAsync(apps.Get(provider));
        foreach (var (language, swedish, sheets) in new[]
                 {
                     ("sv", true, new[] { "Mål", "Nyckelresultat", "Incheckningar", "Initiativ" }),
                     ("en", false, new[] { "Objectives", "Key results", "Check-ins", "Initiatives" }),
                 })
        {
            var (response, bytes) = await ExportWorld.GetAsync(world.Org.Admin, $"format=xlsx&teamId={world.Ecommerce}", language);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
            var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
            Assert.StartsWith("fokus-", fileName);
            Assert.EndsWith("-e-commerce.xlsx", fileName);
            using var stream = new MemoryStream(bytes);
            Assert.Equal(sheets, MiniExcel.GetSheetNames(stream));

            var header = Rows(stream, sheets[1], useHeaderRow: false)[0];
            Assert.Equal(KeyResultSheetColumns.All.Select(c => KeyResultSheetColumns.Header(c, swedish)), header.Values.Select(v => v?.ToString()));

            var krs = Rows(stream, sheets[1]);
            var activated = krs.Single(r => (string)r[H(KeyResultSheetColumns.KeyResultId, swedish)]! == world.ActivatedKr.ToString());
            Assert.IsType<double>(activated[H(KeyResultSheetColumns.Current, swedish)]);
            Assert.Equal(40d, activated[H(KeyResultSheetColumns.Current, swedish)]);
            Assert.Equal(0.4, (double)activated[H(KeyResultSheetColumns.Progress, swedish)]!, 6);
            Assert.Equal(0.7, (double)activated[H(KeyResultSheetColumns.Score, swedish)]!, 6);
            Assert.IsType<DateTime>(activated[H(KeyResultSheetColumns.LastCheckIn, swedish)]);
            Assert.Equal(swedish ? "Öka" : "Increase", activated[H(KeyResultSheetColumns.Direction, swedish)]);
            Assert.Equal("E-commerce", activated[H(KeyResultSheetColumns.Team, swedish)]);
            // Team scope: the sub-team's objective is in, the sibling team's is not.
            var objectives = krs.Select(r => r[H(KeyResultSheetColumns.Objective, swedish)]).Distinct().ToList();
            Assert.Contains(ExportWorld.CheckoutObjective, objectives);
            Assert.DoesNotContain(ExportWorld.LogistikObjective, objectives);

            var checkIns = Rows(stream, sheets[2]);
            Assert.Equal(3, checkIns.Count);
            Assert.All(checkIns, c => Assert.IsType<DateTime>(c[swedish ? "Datum (UTC)" : "Date (UTC)"]));
            Assert.Contains(checkIns, c => Equals(c[swedish ? "Värde" : "Value"], 40d) && (string?)c[swedish ? "Det som gick bra" : "What went well"] == "Två stora vinster");
            var initiative = Assert.Single(Rows(stream, sheets[3]));
            Assert.Equal(new DateTime(2026, 12, 15), initiative[swedish ? "Klart senast" : "Due date"]);
            Assert.Equal(swedish ? "Pågår" : "In progress", initiative["Status"]);
            Assert.Equal(2, Rows(stream, sheets[0]).Count); // E-commerce and its sub-team Checkout

            using var zip = new ZipArchive(new MemoryStream(bytes));
            var worksheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet")).ToList();
            Assert.Equal(4, worksheets.Count);
            foreach (var sheet in worksheets)
                Assert.Contains("autoFilter", new StreamReader(sheet.Open()).ReadToEnd());
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Xlsx_WithoutPeriod_IsTheCurrentPeriod_AndAnotherPeriodHoldsOnlyItsOwn(string provider)
    {
        var world = await ExportWorld.CreateAsync(apps.Get(provider));
        var org = world.Org;
        var next = await org.Admin.PostAsJsonAsync("/api/v1/periods", new { name = "Nästa kvartal", startDate = "2031-01-01", endDate = "2031-03-31", kind = "custom" });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var nextId = (await next.JsonAsync()).Id();
        await ExportWorld.ObjectiveAsync(org, world.Logistik, "Ett mål nästa kvartal", nextId);

        var strategic = await org.Admin.PostAsJsonAsync("/api/v1/objectives", new
        {
            title = "Långsiktig tillväxt", description = "", level = "strategic", ownerTeamId = world.Logistik,
            keyResults = new[] { new { title = "Omsättning", type = "number", unit = "MSEK", startValue = 100, targetValue = 150, direction = "increase" } },
        });
        Assert.Equal(HttpStatusCode.Created, strategic.StatusCode);

        var (_, current) = await ExportWorld.GetAsync(org.Admin, "format=xlsx", "en");
        var rows = Rows(new MemoryStream(current), "Objectives");
        Assert.Equal(4, rows.Count);
        Assert.Contains(ExportWorld.LogistikObjective, rows.Select(r => r["Objective"]));
        // The whole organisation carries the strategic objectives its objectives align to; they belong to no period.
        Assert.Null(rows.Single(r => (string?)r["Objective"] == "Långsiktig tillväxt")["Period"]);
        var (_, team) = await ExportWorld.GetAsync(org.Admin, $"format=xlsx&teamId={world.Logistik}", "en");
        Assert.DoesNotContain("Långsiktig tillväxt", Rows(new MemoryStream(team), "Objectives").Select(r => r["Objective"]));
        var (response, later) = await ExportWorld.GetAsync(org.Admin, $"format=xlsx&periodId={nextId}", "en");
        Assert.Equal("fokus-Nasta-kvartal.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["Långsiktig tillväxt", "Ett mål nästa kvartal"], Rows(new MemoryStream(later), "Objectives").Select(r => r["Objective"]));
    }

    private static string H(KeyResultSheetColumns.Column column, bool swedish) => KeyResultSheetColumns.Header(column, swedish);

    internal static List<IDictionary<string, object?>> Rows(Stream stream, string sheet, bool useHeaderRow = true)
    {
        stream.Position = 0;
        return MiniExcel.Query(stream, useHeaderRow, sheet).Cast<IDictionary<string, object?>>().ToList();
    }
}
