using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>The import API as a script uses it: a multipart upload with a bearer token, then mapping, apply and reads.</summary>
internal static class ImportApi
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (key, value) in fields ?? new Dictionary<string, string>()) form.Add(new StringContent(value), key);
        return await client.PostAsync("/api/v1/imports", form);
    }

    /// <summary>Uploads and expects a preview (201).</summary>
    public static async Task<JsonElement> PreviewAsync(HttpClient client, byte[] content, string fileName,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var response = await UploadAsync(client, content, fileName, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ApplyAsync(HttpClient client, JsonElement preview)
    {
        var response = await client.PostAsync($"/api/v1/imports/{preview.Id()}/apply", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static int Count(this JsonElement preview, string part, string what) => preview.GetProperty(part).GetProperty(what).GetInt32();

    public static void NoErrors(JsonElement preview) =>
        Assert.True(preview.GetProperty("errors").GetArrayLength() == 0, preview.GetProperty("errors").ToString());

    public static async Task<FokusDbContext> DbAsync(FokusApp app) =>
        (await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContextAsync()).AcrossOrganisations();

    public static async Task<Guid> OrganisationIdAsync(FokusApp app, TestOrg org)
    {
        await using var db = await DbAsync(app);
        return await db.Periods.Where(p => p.Id == org.PeriodId).Select(p => p.OrganisationId).SingleAsync();
    }

    /// <summary>Objectives, key results and check-ins of the organisation, as stored.</summary>
    public static async Task<(int Objectives, int KeyResults, int CheckIns)> CountsAsync(FokusApp app, Guid orgId)
    {
        await using var db = await DbAsync(app);
        return (await db.Objectives.CountAsync(o => o.OrganisationId == orgId),
            await db.KeyResults.CountAsync(k => k.OrganisationId == orgId),
            await db.CheckIns.CountAsync(c => c.OrganisationId == orgId));
    }
}
