using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Tests;

/// <summary>An export opened in a spreadsheet and imported again reproduces the same objectives and key results.</summary>
[Collection(AppsCollection.Name)]
public sealed class ImportRoundTripTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task XlsxExport_ImportedElsewhere_ReproducesTheOkrs_AndIntoItselfDuplicatesNothing(string provider)
    {
        var app = apps.Get(provider);
        var source = await TestOrg.CreateAsync(app, "sv");
        var sourceId = await ImportApi.OrganisationIdAsync(app, source);
        var team = await source.AddTeamAsync("Tillväxt", source.AdminPersonId);
        var objective = await source.CreateObjectiveAsync(source.Admin, team);
        Assert.Equal(HttpStatusCode.Created, (await source.Admin.PostAsJsonAsync($"/api/v1/key-results/{objective.Kr(0).Id()}/check-ins",
            new { value = 42.5, confidence = 7 })).StatusCode);
        var (response, workbook) = await ExportWorld.GetAsync(source.Admin, $"format=xlsx&teamId={team}", "sv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Into the same organisation: the ids in the sheet make it an update, so nothing is added.
        var before = await ImportApi.CountsAsync(app, sourceId);
        var same = await ImportApi.PreviewAsync(source.Admin, workbook, "export.xlsx", new Dictionary<string, string> { ["sheet"] = "Nyckelresultat" });
        ImportApi.NoErrors(same);
        Assert.Equal("fokusSheet", same.GetProperty("layout").GetString());
        Assert.Equal((0, 0, 0), (same.Count("summary", "objectives"), same.Count("summary", "keyResults"), same.Count("summary", "checkIns")));
        await ImportApi.ApplyAsync(source.Admin, same);
        Assert.Equal(before, await ImportApi.CountsAsync(app, sourceId));

        // Into another organisation with a team of that name: the same objective and key results.
        var target = await TestOrg.CreateAsync(app, "sv");
        var targetId = await ImportApi.OrganisationIdAsync(app, target);
        var targetTeam = await target.AddTeamAsync("Tillväxt");
        // No sheet named: Fokus's own workbook is read from its key-results sheet, not its first.
        var other = await ImportApi.PreviewAsync(target.Admin, workbook, "export.xlsx");
        Assert.Equal("Nyckelresultat", other.GetProperty("sheet").GetString());
        ImportApi.NoErrors(other);
        await ImportApi.ApplyAsync(target.Admin, other);

        await using var db = await ImportApi.DbAsync(app);
        var original = await db.Objectives.Include(o => o.KeyResults).SingleAsync(o => o.OrganisationId == sourceId);
        var copy = await db.Objectives.Include(o => o.KeyResults).SingleAsync(o => o.OrganisationId == targetId);
        Assert.Equal((original.Title, original.Level, targetTeam), (copy.Title, copy.Level, copy.OwnerTeamId!.Value));
        static object Shape(Fokus.Core.Model.KeyResult k) => (k.Title, k.Type, k.Direction, k.StartValue, k.TargetValue, k.CurrentValue, k.Unit, k.Weight);
        Assert.Equal(original.KeyResults.OrderBy(k => k.SortOrder).Select(Shape), copy.KeyResults.OrderBy(k => k.SortOrder).Select(Shape));
    }
}
