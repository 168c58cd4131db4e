using System.Net;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Tests;

/// <summary>An export opened elsewhere and imported again reproduces the same objectives and key results.</summary>
[Collection(AppsCollection.Name)]
public sealed class ExportImportRoundTripTests(Apps apps)
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        foreach (var (format, language) in new[] { ("xlsx", "sv"), ("xlsx", "en"), ("csv", "sv"), ("csv", "en"), ("json", "en") })
            data.Add(provider, format, language);
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task ExportThenImportIntoAnotherOrganisation_ReproducesObjectivesAndKeyResults(string provider, string format, string language)
    {
        var app = apps.Get(provider);
        var source = await ExportWorld.CreateAsync(app, language);
        var (response, file) = await ExportWorld.GetAsync(source.Org.Admin, $"format={format}&periodId={source.Org.PeriodId}", language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var target = await TestOrg.CreateAsync(app, language);
        var fields = new Dictionary<string, string> { ["createMissing"] = "true", ["periodId"] = target.PeriodId.ToString() };
        var preview = await ImportApi.PreviewAsync(target.Admin, file, $"export.{format}", fields);
        ImportApi.NoErrors(preview);
        await ImportApi.ApplyAsync(target.Admin, preview);

        var expected = await OkrsAsync(app, await ImportApi.OrganisationIdAsync(app, source.Org), source.Org.PeriodId);
        var actual = await OkrsAsync(app, await ImportApi.OrganisationIdAsync(app, target), target.PeriodId);
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task ExportThenImportIntoTheSameOrganisation_DuplicatesAndChangesNothing(string provider, string format, string language)
    {
        var app = apps.Get(provider);
        var world = await ExportWorld.CreateAsync(app, language);
        var orgId = await ImportApi.OrganisationIdAsync(app, world.Org);
        var (_, file) = await ExportWorld.GetAsync(world.Org.Admin, $"format={format}&periodId={world.Org.PeriodId}", language);
        var countsBefore = await ImportApi.CountsAsync(app, orgId);
        var okrsBefore = await OkrsAsync(app, orgId, world.Org.PeriodId);

        var preview = await ImportApi.PreviewAsync(world.Org.Admin, file, $"export.{format}");
        ImportApi.NoErrors(preview);
        // Fokus's own file reads without a single question: no number in it is ambiguous or unusual.
        Assert.True(preview.GetProperty("warnings").GetArrayLength() == 0, preview.GetProperty("warnings").ToString());
        Assert.Equal(0, preview.Count("summary", "objectives"));
        Assert.Equal(0, preview.Count("summary", "keyResults"));
        await ImportApi.ApplyAsync(world.Org.Admin, preview);

        Assert.Equal(countsBefore, await ImportApi.CountsAsync(app, orgId));
        Assert.Equal(okrsBefore, await OkrsAsync(app, orgId, world.Org.PeriodId));
    }

    /// <summary>The period's objectives and key results as comparable text: what a person sees, not ids.</summary>
    private static async Task<List<string>> OkrsAsync(FokusApp app, Guid orgId, Guid periodId)
    {
        await using var db = await ImportApi.DbAsync(app);
        var teams = await db.Teams.Where(t => t.OrganisationId == orgId).ToDictionaryAsync(t => t.Id, t => t.Name);
        var objectives = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .Where(o => o.OrganisationId == orgId && o.PeriodId == periodId).ToListAsync();
        return objectives
            .Select(o => $"{o.Title}|{o.Level}|{(o.OwnerTeamId is { } t ? teams[t] : "")}|" + string.Join(";", o.KeyResults
                .OrderBy(k => k.Title, StringComparer.Ordinal)
                .Select(k => $"{k.Title}|{k.Type}|{k.Direction}|{k.Unit}|{k.CurrencyCode}|{k.StartValue:0.####}|{k.TargetValue:0.####}|" +
                    $"{k.CurrentValue:0.####}|{k.Weight:0.####}|{k.Done}")))
            .Order(StringComparer.Ordinal).ToList();
    }
}
