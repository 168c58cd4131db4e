using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Tests;

/// <summary>The upload as a browser sends it (cookie and antiforgery token), and the sessions the database keeps.</summary>
[Collection(AppsCollection.Name)]
public sealed class ImportSessionTests(Apps apps)
{
    private const string Flat = "Objective,Key result,Start,Target\nFaster delivery,Lead time (days),20,5\n";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CookieUpload_WithoutTheAntiforgeryToken_Is400_AndWithItIsAPreview(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect,
            (await HardeningForms.SignInWithFormAsync(browser, await HardeningForms.EmailOfAsync(org), TestOrg.Password)).StatusCode);

        // What a forged cross-site form would send: the cookie, but no token.
        var forged = await ImportApi.UploadAsync(browser, ImportSamples.Utf8(Flat), "okr.csv");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await HardeningForms.TokenFromAsync(browser, "/login");
        var genuine = await ImportApi.UploadAsync(browser, ImportSamples.Utf8(Flat), "okr.csv",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Created, genuine.StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SessionsOlderThanAWeek_AreDeletedWhenANewFileIsUploaded(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var old = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(Flat), "old.csv");
        var recent = await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(Flat), "recent.csv");
        await using (var db = await ImportApi.DbAsync(app))
        {
            var session = await db.ImportSessions.SingleAsync(s => s.Id == old.Id());
            session.CreatedAt = DateTimeOffset.UtcNow.AddDays(-8);
            await db.SaveChangesAsync();
        }

        await ImportApi.PreviewAsync(org.Admin, ImportSamples.Utf8(Flat), "new.csv");
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/imports/{old.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.GetAsync($"/api/v1/imports/{recent.Id()}")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ALeadAskingToCreateMissingTeams_IsToldOnlyAdminsCan_AndNothingIsCreated(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var (lead, _) = await org.AddPersonAsync("lead");
        var file = ImportSamples.Utf8("Objective,Team,Key result,Start,Target\nFaster delivery,Nowhere,Lead time (days),20,5\n");

        var preview = await ImportApi.PreviewAsync(lead, file, "okr.csv", new Dictionary<string, string> { ["createMissing"] = "true" });
        Assert.Equal(0, preview.Count("summary", "teams"));
        Assert.Contains("Nowhere", preview.GetProperty("missingTeams").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(preview.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("row").GetInt32() == 0);
        // Left unowned, which a lead may not import (as in the editor): a row error, not a silent company objective.
        Assert.Contains(preview.GetProperty("errors").EnumerateArray(), e => e.GetProperty("row").GetInt32() == 2);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheImportEndpoints()
    {
        var org = await TestOrg.CreateAsync(apps.Get("sqlite"));
        var document = await org.Admin.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/imports/{id}/apply", document);
        Assert.Contains("ImportPreviewDto", document);
    }
}
