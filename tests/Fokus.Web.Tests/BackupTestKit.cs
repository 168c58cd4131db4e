using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Globalization;
using Fokus.Data;
using Fokus.Web.Features.Backup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>What the backup tests share: reading every view of an organisation, table counts, and running the built app's CLI.</summary>
internal static class BackupTestKit
{
    public static async Task<byte[]> DownloadAsync(HttpClient admin)
    {
        var response = await admin.GetAsync("/api/v1/backup");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".fokus-backup.json.gz", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static string Text(byte[] gzip)
    {
        using var unzip = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var reader = new StreamReader(unzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static byte[] Gzip(string json)
    {
        var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(Encoding.UTF8.GetBytes(json));
        return output.ToArray();
    }

    /// <summary>The restore the CLI runs, against the app's (empty, migrated) database.</summary>
    public static async Task<RestoreResult> RestoreAsync(FokusApp app, byte[] backup)
    {
        await using var db = (await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContextAsync()).AcrossOrganisations();
        return await BackupRestorer.RestoreAsync(db, new MemoryStream(backup), CancellationToken.None);
    }

    /// <summary>Rows in every backed-up table of the whole database.</summary>
    public static async Task<Dictionary<string, int>> CountsAsync(FokusApp app)
    {
        await using var db = (await app.Services.GetRequiredService<IDbContextFactory<FokusDbContext>>().CreateDbContextAsync()).AcrossOrganisations();
        var counts = new Dictionary<string, int>();
        foreach (var table in BackupPlan.For(db.Model).Tables)
            counts[table.Name] = await BackupRows.CountAsync(BackupRows.All(db, table), CancellationToken.None);
        return counts;
    }

    /// <summary>Every view a person reads, as JSON text by path: big picture and team pages per period, key results with check-ins.</summary>
    public static async Task<SortedDictionary<string, string>> ViewsAsync(HttpClient client)
    {
        var views = new SortedDictionary<string, string>(StringComparer.Ordinal);
        async Task<JsonElement> Get(string path)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            views[path] = Normalised(text);
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        var periods = await Get("/api/v1/periods");
        var teams = await Get("/api/v1/teams?pageSize=500");
        foreach (var period in Items(periods))
        {
            var periodId = period.GetProperty("id").GetGuid();
            await Get($"/api/v1/big-picture?periodId={periodId}");
            foreach (var team in Items(teams)) await Get($"/api/v1/teams/{team.GetProperty("id").GetGuid()}/okrs?periodId={periodId}");
            var keyResults = await Get($"/api/v1/key-results?periodId={periodId}&pageSize=500");
            foreach (var kr in Items(keyResults))
            {
                var id = kr.GetProperty("id").GetGuid();
                await Get($"/api/v1/key-results/{id}");
                await Get($"/api/v1/key-results/{id}/check-ins?pageSize=500");
            }
        }
        await Get("/api/v1/people?pageSize=500");
        await Get("/api/v1/organisation");
        return views;
    }

    /// <summary>
    /// The same JSON with every number written by its value: PostgreSQL's numeric(18,4) reads 310000000.0000 where SQLite
    /// reads 310000000.0, which the API prints as they come — the same value, so not a difference the restore made.
    /// </summary>
    public static string Normalised(string json)
    {
        var node = JsonNode.Parse(json);
        return Normalise(node)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList()) o[key] = Normalise(value?.DeepClone());
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) a[i] = Normalise(a[i]?.DeepClone());
                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                var raw = v.ToJsonString();
                return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? JsonValue.Create(d.ToString("G29", CultureInfo.InvariantCulture)) : v.DeepClone();
            default:
                return node?.DeepClone();
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : list.GetProperty("items").EnumerateArray();

    /// <summary>Runs the built Fokus.Web.dll (the published app's entry point) with the database in environment variables.</summary>
    public static async Task<(int ExitCode, string Output)> RunCliAsync(string provider, string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(AppDll());
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Fokus__Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Fokus"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>src/Fokus.Web/bin/{configuration}/net10.0/Fokus.Web.dll of this checkout, built in the tests' configuration.</summary>
    private static string AppDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "Fokus.Web", "bin", configuration, here.Name, "Fokus.Web.dll");
            if (File.Exists(Path.Combine(dir.FullName, "Fokus.slnx")) && File.Exists(dll)) return dll;
        }
        return Path.Combine(AppContext.BaseDirectory, "Fokus.Web.dll");
    }
}
