using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Tests;

/// <summary>Each recognised layout through the API: preview (nothing written), apply, and what is stored.</summary>
[Collection(AppsCollection.Name)]
public sealed class ImportLayoutTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SemicolonWindows1252_WithSwedishNumbersAndFillDown_ImportsTwoObjectivesWithTheirKeyResults(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app, "sv");
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        var sales = await org.AddTeamAsync("Försäljning");
        var marketing = await org.AddTeamAsync("Marknad");

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Windows1252(ImportSamples.SwedishFlat), "okr.csv");
        ImportApi.NoErrors(preview);
        Assert.Equal("flatKeyResults", preview.GetProperty("layout").GetString());
        Assert.Equal("Nyckelresultat", preview.GetProperty("headers")[2].GetString());
        Assert.Equal(2, preview.GetProperty("mapping").GetProperty("keyResult").GetInt32());
        Assert.Equal((2, 4, 3), (preview.Count("summary", "objectives"), preview.Count("summary", "keyResults"), preview.Count("summary", "checkIns")));
        Assert.Equal((0, 0, 0), await ImportApi.CountsAsync(app, orgId));

        var result = await ImportApi.ApplyAsync(org.Admin, preview);
        Assert.Equal(2, result.Count("created", "objectives"));
        Assert.Equal(4, result.Count("created", "keyResults"));
        Assert.Equal(3, result.Count("created", "checkIns"));

        await using var db = await ImportApi.DbAsync(app);
        var objectives = await db.Objectives.Include(o => o.KeyResults).Where(o => o.OrganisationId == orgId).ToListAsync();
        var customers = objectives.Single(o => o.Title == "Fler nöjda kunder");
        Assert.Equal(sales, customers.OwnerTeamId);
        Assert.Equal(org.PeriodId, customers.PeriodId);
        Assert.Equal(marketing, objectives.Single(o => o.Title == "Starkare varumärke").OwnerTeamId);
        var returning = customers.KeyResults.Single(k => k.Title == "Återkommande kunder");
        Assert.Equal((1000m, 2500.75m, 1200m), (returning.StartValue, returning.TargetValue, returning.CurrentValue));
        var nps = customers.KeyResults.Single(k => k.Title == "Kundnöjdhet (NPS)");
        Assert.Equal((12.5m, 40m, 20.5m, "poäng"), (nps.StartValue, nps.TargetValue, nps.CurrentValue, nps.Unit));
        Assert.Equal(Direction.Increase, nps.Direction);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FokusSheetWithBom_IsRecognisedAndKeepsDirectionUnitAndWeight(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        var growth = await org.AddTeamAsync("Growth");

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(ImportSamples.FokusSheet(), bom: true), "export.csv");
        ImportApi.NoErrors(preview);
        Assert.Equal("fokusSheet", preview.GetProperty("layout").GetString());
        Assert.Equal("Objective ID", preview.GetProperty("headers")[0].GetString());
        await ImportApi.ApplyAsync(org.Admin, preview);

        await using var db = await ImportApi.DbAsync(app);
        var objective = await db.Objectives.Include(o => o.KeyResults).SingleAsync(o => o.OrganisationId == orgId);
        Assert.Equal((growth, ObjectiveLevel.Team), (objective.OwnerTeamId, objective.Level));
        var days = objective.KeyResults.Single(k => k.Title == "Days to first value");
        Assert.Equal((Direction.Decrease, "days", 2m, 50m), (days.Direction, days.Unit, days.Weight, days.CurrentValue));
        Assert.Equal(35m, objective.KeyResults.Single(k => k.Title == "Activated customers").CurrentValue);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TabSeparated_WithCreateMissing_CreatesTheUnknownOwnerWithoutALogin(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        var (_, memberId) = await org.AddPersonAsync("member");
        await using var before = await ImportApi.DbAsync(app);
        var known = await before.People.Where(p => p.Id == memberId).Select(p => p.Email).SingleAsync();
        var file = ImportSamples.Utf8(ImportSamples.TabSeparated(known, "nina.berg@new.example"));

        var unowned = await ImportApi.PreviewAsync(org.Admin, file, "okr.tsv");
        Assert.Contains("nina.berg@new.example", unowned.GetProperty("missingPeople").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(unowned.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("column").GetString() == "Owner");
        Assert.Equal(0, unowned.Count("summary", "people"));

        var preview = await ImportApi.PreviewAsync(org.Admin, file, "okr.tsv", new Dictionary<string, string> { ["createMissing"] = "true" });
        ImportApi.NoErrors(preview);
        Assert.Equal((1, 2, 1), (preview.Count("summary", "people"), preview.Count("summary", "keyResults"), preview.Count("summary", "checkIns")));
        await ImportApi.ApplyAsync(org.Admin, preview);

        await using var db = await ImportApi.DbAsync(app);
        var nina = await db.People.SingleAsync(p => p.OrganisationId == orgId && p.Email == "nina.berg@new.example");
        Assert.Equal(("Nina Berg", Role.Member, (Guid?)null), (nina.Name, nina.Role, nina.UserId));
        var krs = await db.KeyResults.Where(k => k.OrganisationId == orgId).ToListAsync();
        Assert.Equal(memberId, krs.Single(k => k.Title == "Median page load (ms)").OwnerPersonId);
        Assert.Equal(Direction.Decrease, krs.Single(k => k.Title == "Median page load (ms)").Direction);
        Assert.Equal((nina.Id, 99.5m), (krs.Single(k => k.Title == "Crash-free sessions %").OwnerPersonId!.Value, krs.Single(k => k.Title == "Crash-free sessions %").TargetValue));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Xlsx_ListsItsSheets_AndImportsTheChosenOne(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        await org.AddTeamAsync("Growth");

        var first = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Xlsx(), "okr.xlsx");
        Assert.Equal(["Notes", "OKRs"], first.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal("Notes", first.GetProperty("sheet").GetString());
        Assert.NotEqual(0, first.GetProperty("errors").GetArrayLength());
        var switched = await org.Admin.PutAsJsonAsync($"/api/v1/imports/{first.Id()}/mapping", new { sheet = "OKRs" });
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var other = await switched.JsonAsync();
        ImportApi.NoErrors(other);
        Assert.Equal(("OKRs", 2), (other.GetProperty("sheet").GetString(), other.GetProperty("mapping").GetProperty("keyResult").GetInt32()));

        var chosen = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Xlsx(), "okr.xlsx", new Dictionary<string, string> { ["sheet"] = "OKRs" });
        ImportApi.NoErrors(chosen);
        Assert.Equal((1, 2), (chosen.Count("summary", "objectives"), chosen.Count("summary", "keyResults")));
        await ImportApi.ApplyAsync(org.Admin, chosen);

        await using var db = await ImportApi.DbAsync(app);
        var stores = await db.KeyResults.SingleAsync(k => k.OrganisationId == orgId && k.Title == "Stores in Norway");
        Assert.Equal((2m, 10.5m, 4m), (stores.StartValue, stores.TargetValue, stores.CurrentValue));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FokusJson_CarriesCheckInHistory_AndAReimportAddsNothing(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        var (_, ownerId) = await org.AddPersonAsync("member");
        await using (var read = await ImportApi.DbAsync(app))
        {
            var email = await read.People.Where(p => p.Id == ownerId).Select(p => p.Email).SingleAsync();
            var file = ImportSamples.FokusJson("Platform", email);

            var preview = await ImportApi.PreviewAsync(org.Admin, file, "fokus.json", new Dictionary<string, string> { ["createMissing"] = "true" });
            ImportApi.NoErrors(preview);
            Assert.Equal("json", preview.GetProperty("format").GetString());
            Assert.Equal((1, 2, 2, 1), (preview.Count("summary", "objectives"), preview.Count("summary", "keyResults"),
                preview.Count("summary", "checkIns"), preview.Count("summary", "teams")));
            await ImportApi.ApplyAsync(org.Admin, preview);
            var counts = await ImportApi.CountsAsync(app, orgId);
            Assert.Equal((1, 2, 2), counts);

            var again = await ImportApi.PreviewAsync(org.Admin, file, "fokus.json", new Dictionary<string, string> { ["createMissing"] = "true" });
            Assert.Equal((0, 0, 0, 0), (again.Count("summary", "objectives"), again.Count("summary", "keyResults"),
                again.Count("summary", "checkIns"), again.Count("summary", "teams")));
            await ImportApi.ApplyAsync(org.Admin, again);
            Assert.Equal(counts, await ImportApi.CountsAsync(app, orgId));
        }
        await using var db = await ImportApi.DbAsync(app);
        var weekly = await db.KeyResults.SingleAsync(k => k.OrganisationId == orgId && k.Title == "Weekly active teams");
        Assert.Equal((30m, 7, ownerId), (weekly.CurrentValue, weekly.LastConfidence, weekly.OwnerPersonId!.Value));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ParentRowIds_GoalsWithMeasurableChildrenBecomeObjectives_AlignedByParent(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(ImportSamples.ParentRowIds), "goals.csv");
        ImportApi.NoErrors(preview);
        Assert.Equal("parentRowIds", preview.GetProperty("layout").GetString());
        Assert.Equal((2, 3), (preview.Count("summary", "objectives"), preview.Count("summary", "keyResults")));
        await ImportApi.ApplyAsync(org.Admin, preview);

        await using var db = await ImportApi.DbAsync(app);
        var objectives = await db.Objectives.Include(o => o.KeyResults).Where(o => o.OrganisationId == orgId).ToListAsync();
        var top = objectives.Single(o => o.Title == "Grow revenue");
        var child = objectives.Single(o => o.Title == "Win new customers");
        Assert.Equal(top.Id, child.ParentObjectiveId);
        Assert.Equal(["Revenue (MSEK)"], top.KeyResults.Select(k => k.Title).ToArray());
        Assert.Equal(2, child.KeyResults.Count);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wide_OneRowPerObjective_WithNumberedKeyResultColumns(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        var support = await org.AddTeamAsync("Support");

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(ImportSamples.Wide), "wide.csv");
        ImportApi.NoErrors(preview);
        Assert.Equal("wideKeyResults", preview.GetProperty("layout").GetString());
        Assert.Equal((2, 3), (preview.Count("summary", "objectives"), preview.Count("summary", "keyResults")));
        await ImportApi.ApplyAsync(org.Admin, preview);

        await using var db = await ImportApi.DbAsync(app);
        var tickets = await db.KeyResults.SingleAsync(k => k.OrganisationId == orgId && k.Title == "Tickets per week");
        Assert.Equal((400m, 250m, Direction.Decrease), (tickets.StartValue, tickets.TargetValue, tickets.Direction));
        Assert.All(await db.Objectives.Where(o => o.OrganisationId == orgId).ToListAsync(), o => Assert.Equal(support, o.OwnerTeamId));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VivaGoals_TypeColumnAndParentTitles_SkipInitiativesWithAWarning(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        await org.AddTeamAsync("Support");

        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(ImportSamples.VivaGoals), "viva.csv");
        ImportApi.NoErrors(preview);
        Assert.Equal("vivaGoals", preview.GetProperty("layout").GetString());
        Assert.Equal((1, 2), (preview.Count("summary", "objectives"), preview.Count("summary", "keyResults")));
        // The time period "FY27 Q1" is not one of ours: the current period is used and the preview says so.
        Assert.Contains(preview.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("row").GetInt32() == 5);
        Assert.Contains(preview.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("message").GetString()!.Contains("FY27 Q1"));
        await ImportApi.ApplyAsync(org.Admin, preview);

        await using var db = await ImportApi.DbAsync(app);
        var response = await db.KeyResults.SingleAsync(k => k.OrganisationId == orgId && k.Title == "Reduce response time (hours)");
        Assert.Equal((Direction.Decrease, 12m), (response.Direction, response.CurrentValue));
    }
}
