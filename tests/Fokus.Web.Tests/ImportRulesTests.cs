using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>What the import refuses and protects: bad rows, duplicates on re-import, roles, other organisations, size.</summary>
[Collection(AppsCollection.Name)]
public sealed class ImportRulesTests(Apps apps)
{
    private const string Flat =
        "Objective,Team,Key result,Start,Target,Current\n" +
        "Faster delivery,Platform,Lead time (days),20,5,12\n" +
        ",,Deploys per week,2,10,4\n";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BadRows_NameRowAndColumn_PreviewWritesNothing_AndApplyIsRefused(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        await org.AddTeamAsync("Platform");
        await ImportApi.ApplyAsync(org.Admin, await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(Flat), "good.csv"));
        var before = await ImportApi.CountsAsync(app, orgId);

        const string bad = "Objective,Team,Key result,Start,Target\n" +
            "Happier users,Platform,Support tickets,abc,100\n" +
            "Happier users,Platform,,1,2\n" +
            "Happier users,Platform,App rating,4.1,4.6\n";
        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(bad), "bad.csv");
        var errors = preview.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 2 && e.GetProperty("column").GetString() == "Start"
            && e.GetProperty("message").GetString()!.Contains("abc"));
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString() == "Key result");
        Assert.Equal(before, await ImportApi.CountsAsync(app, orgId));

        // Messages are in the reader's language.
        var swedish = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/imports/{preview.Id()}");
        swedish.Headers.AcceptLanguage.ParseAdd("sv");
        var read = await (await org.Admin.SendAsync(swedish)).JsonAsync();
        Assert.Contains(read.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("är inte ett tal"));

        var apply = await org.Admin.PostAsync($"/api/v1/imports/{preview.Id()}/apply", null);
        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        var problem = await apply.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("2:Start", out _), problem.ToString());
        Assert.Equal(before, await ImportApi.CountsAsync(app, orgId));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApplyThenReimportTheSameFile_DuplicatesNothing_AndASecondApplyIs409(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var orgId = await ImportApi.OrganisationIdAsync(app, org);
        await org.AddTeamAsync("Platform");
        var file = ImportSamples.Utf8(Flat);

        var first = await ImportApi.PreviewAsync(org.Admin, file, "okr.csv");
        await ImportApi.ApplyAsync(org.Admin, first);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Admin.PostAsync($"/api/v1/imports/{first.Id()}/apply", null)).StatusCode);
        var counts = await ImportApi.CountsAsync(app, orgId);
        Assert.Equal((1, 2, 2), counts);

        var again = await ImportApi.PreviewAsync(org.Admin, file, "okr.csv");
        Assert.Equal((0, 0, 0), (again.Count("summary", "objectives"), again.Count("summary", "keyResults"), again.Count("summary", "checkIns")));
        Assert.All(again.GetProperty("items").EnumerateArray(), i => Assert.False(i.GetProperty("isNew").GetBoolean()));
        var result = await ImportApi.ApplyAsync(org.Admin, again);
        Assert.Equal(0, result.Count("created", "keyResults"));
        Assert.Equal(counts, await ImportApi.CountsAsync(app, orgId));

        // A changed target updates the key result in place.
        var changed = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(Flat.Replace("2,10,4", "2,12,4")), "okr.csv");
        Assert.Equal(1, changed.Count("updates", "keyResults"));
        await ImportApi.ApplyAsync(org.Admin, changed);
        Assert.Equal(counts, await ImportApi.CountsAsync(app, orgId));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ViewersAndMembers_Get403_LeadsImportOnlyTheirTeams(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var (viewer, _) = await org.AddPersonAsync("viewer");
        var (member, _) = await org.AddPersonAsync("member");
        var (lead, leadId) = await org.AddPersonAsync("lead");
        await org.AddTeamAsync("Platform", leadId);
        await org.AddTeamAsync("Finance");
        var file = ImportSamples.Utf8(Flat);

        Assert.Equal(HttpStatusCode.Forbidden, (await ImportApi.UploadAsync(viewer, file, "okr.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportApi.UploadAsync(member, file, "okr.csv")).StatusCode);
        var own = await ImportApi.PreviewAsync(lead, file, "okr.csv");
        ImportApi.NoErrors(own);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/imports/{own.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/imports/{own.Id()}/apply", null)).StatusCode);
        await ImportApi.ApplyAsync(lead, own);

        var other = await ImportApi.PreviewAsync(lead, ImportSamples.Utf8(Flat.Replace("Platform", "Finance")), "okr.csv");
        Assert.Contains(other.GetProperty("errors").EnumerateArray(), e => e.GetProperty("row").GetInt32() == 2
            && e.GetProperty("column").GetString() == "Team");
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PostAsync($"/api/v1/imports/{other.Id()}/apply", null)).StatusCode);

        // As in the editor, a lead creates no unowned (company) objective.
        var unowned = await ImportApi.PreviewAsync(lead, ImportSamples.Utf8("Objective,Key result,Start,Target\nGrow,Revenue,1,2\n"), "okr.csv");
        Assert.Contains(unowned.GetProperty("errors").EnumerateArray(), e => e.GetProperty("row").GetInt32() == 2);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnotherOrganisationsImport_Answers404(string provider)
    {
        var app = apps.Get(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var preview = await ImportApi.PreviewAsync(a.Admin, ImportSamples.Utf8(Flat), "okr.csv");

        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.GetAsync($"/api/v1/imports/{preview.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PutAsJsonAsync($"/api/v1/imports/{preview.Id()}/mapping",
            new { mapping = new Dictionary<string, int> { ["objective"] = 0 } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Admin.PostAsync($"/api/v1/imports/{preview.Id()}/apply", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.Admin.GetAsync($"/api/v1/imports/{preview.Id()}")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TooLargeOrUnreadableFiles_Answer400WithTheFileField(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var large = new byte[20 * 1024 * 1024 + 1];
        Array.Fill(large, (byte)'a');
        var tooLarge = await ImportApi.UploadAsync(org.Admin, large, "big.csv");
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.True((await tooLarge.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));

        var notXlsx = await ImportApi.UploadAsync(org.Admin, ImportSamples.Utf8("not a workbook"), "okr.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, notXlsx.StatusCode);
        var notJson = await ImportApi.UploadAsync(org.Admin, ImportSamples.Utf8("{\"format\":\"other\"}"), "okr.json");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        var noFile = await org.Admin.PostAsJsonAsync("/api/v1/imports", new { file = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        var badCulture = await ImportApi.UploadAsync(org.Admin, ImportSamples.Utf8(Flat), "okr.csv", new Dictionary<string, string> { ["culture"] = "xx-nope" });
        Assert.True((await badCulture.JsonAsync()).GetProperty("errors").TryGetProperty("culture", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownHeaders_AreMappedByHand_AndTheNewPreviewHasNoErrors(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        const string custom = "Vad vi vill,Hur vi mäter,Från,Till\nSnabbare leveranser,Ledtid i dagar,20,5\n";
        var preview = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(custom), "egen.csv");
        Assert.Equal("custom", preview.GetProperty("layout").GetString());
        Assert.NotEqual(0, preview.GetProperty("errors").GetArrayLength());

        var invalid = await org.Admin.PutAsJsonAsync($"/api/v1/imports/{preview.Id()}/mapping",
            new { mapping = new Dictionary<string, int> { ["objective"] = 9, ["nonsense"] = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var fields = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(fields.TryGetProperty("mapping.objective", out _) && fields.TryGetProperty("mapping.nonsense", out _), fields.ToString());

        var mapped = await org.Admin.PutAsJsonAsync($"/api/v1/imports/{preview.Id()}/mapping",
            new { mapping = new Dictionary<string, int> { ["objective"] = 0, ["keyResult"] = 1, ["start"] = 2, ["target"] = 3 } });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        var body = await mapped.JsonAsync();
        ImportApi.NoErrors(body);
        Assert.Equal(1, body.Count("summary", "keyResults"));
        Assert.Equal(1, (await (await org.Admin.GetAsync($"/api/v1/imports/{preview.Id()}")).JsonAsync()).GetProperty("mapping").GetProperty("keyResult").GetInt32());
    }
}
