using System.Net;
using System.Text;
using System.Text.Json;
using Fokus.Core.Exchange;

namespace Fokus.Web.Tests;

[Collection(AppsCollection.Name)]
public sealed class ExportCsvJsonTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Csv_FollowsTheReadersLocale_WithBom(string provider)
    {
        var world = await ExportWorld.CreateAsync(apps.Get(provider));
        foreach (var (language, swedish, separator, progress) in new[] { ("sv", true, ';', "0,4"), ("en", false, ',', "0.4") })
        {
            var (response, bytes) = await ExportWorld.GetAsync(world.Org.Admin, "format=csv", language);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith("-keyresults.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(separator, KeyResultSheetColumns.All.Select(c => KeyResultSheetColumns.Header(c, swedish))), lines[0]);
            Assert.Equal(1 + 3 + 2 + 2, lines.Length);
            var activated = lines.Single(l => l.Contains(world.ActivatedKr.ToString())).Split(separator);
            var column = KeyResultSheetColumns.All.ToList();
            Assert.Equal(progress, activated[column.IndexOf(KeyResultSheetColumns.Progress)]);
            Assert.Equal("40", activated[column.IndexOf(KeyResultSheetColumns.Current)]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", activated[column.IndexOf(KeyResultSheetColumns.LastCheckIn)]);
            var share = lines.Single(l => l.Contains("Leveranser i tid: andel")).Split(separator);
            Assert.Equal(swedish ? "10,5" : "10.5", share[column.IndexOf(KeyResultSheetColumns.Start)]);
        }

        var (checkIns, body) = await ExportWorld.GetAsync(world.Org.Admin, "format=csv&sheet=checkIns", "sv");
        Assert.Equal(HttpStatusCode.OK, checkIns.StatusCode);
        var rows = Encoding.UTF8.GetString(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        Assert.Contains(rows, r => r.Contains("Två stora vinster") && r.Contains("Väntar på API"));
        Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", rows[1]);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Json_IsTheExchangeDocument_WithCheckInHistoryAndInitiatives(string provider)
    {
        var world = await ExportWorld.CreateAsync(apps.Get(provider));
        var (response, bytes) = await ExportWorld.GetAsync(world.Org.Admin, $"format=json&teamId={world.Ecommerce}", "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("-e-commerce.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var document = JsonSerializer.Deserialize<OkrExchangeDocument>(bytes, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(("fokus-okr-export", 1, "Test AB"), (document.Format, document.Version, document.Organisation));
        Assert.Single(document.Periods);
        Assert.Equal(["Checkout", "E-commerce"], document.Teams.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal("E-commerce", document.Teams.Single(t => t.Name == "Checkout").ParentTeam);
        Assert.Equal(2, document.Objectives.Count);
        var objective = document.Objectives.Single(o => o.Id == world.EcommerceObjective);
        Assert.Equal(("Team", "E-commerce", "Active"), (objective.Level, objective.Team, objective.State));
        var activated = objective.KeyResults.Single(k => k.Id == world.ActivatedKr);
        Assert.Equal(("Increase", 40m, 0.7m), (activated.Direction, activated.CurrentValue, activated.Score));
        Assert.Equal([25m, 40m], activated.CheckIns.Select(c => c.Value));
        Assert.Equal("Väntar på API", activated.CheckIns[1].Blockers);
        Assert.NotNull(activated.CheckIns[1].AuthorEmail);
        Assert.Single(objective.KeyResults.Single(k => k.Id == world.DaysKr).CheckIns);
        var initiative = Assert.Single(document.Initiatives);
        Assert.Equal(("Guided first steps", "InProgress", new DateOnly(2026, 12, 15)), (initiative.Title, initiative.Status, initiative.DueDate));
        Assert.Equal([world.ActivatedKr], initiative.KeyResultIds);
        Assert.DoesNotContain("passwordHash", Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
    }
}
