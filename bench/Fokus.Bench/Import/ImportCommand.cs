using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fokus.Bench.Run;

namespace Fokus.Bench.Import;

/// <summary>Times the import of a large Swedish CSV against a running server: the preview (dry run) and the apply.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(ImportOptions options, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromMinutes(10) };
        var api = new FokusApiClient(http);
        try
        {
            await api.SignInAsync(options.Email, options.Password, ct);
            var existing = await TeamNamesAsync(http, api, ct);
            var tag = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var created = Enumerable.Range(1, existing.Count == 0 ? Math.Max(1, options.NewTeams) : options.NewTeams)
                .Select(i => $"Importteam {tag}-{i}").ToList();
            List<string> teams = [.. existing, .. created];
            var file = ImportFileWriter.Write(options.Objectives, options.KeyResultsPerObjective, teams, tag);
            Console.Error.WriteLine($"Importing {options.Objectives * options.KeyResultsPerObjective:N0} key results " +
                $"({options.Objectives:N0} objectives, {file.Length / 1024.0 / 1024:N1} MB) into {teams.Count} teams at {options.Url}…");

            var watch = Stopwatch.StartNew();
            var preview = await SendAsync(http, Upload(api, file, createMissing: created.Count > 0), HttpStatusCode.Created, ct);
            var previewTime = watch.Elapsed;
            var errors = preview.GetProperty("errors").GetArrayLength();
            if (errors > 0)
            {
                Console.Error.WriteLine($"The preview found {errors} problems, first: {preview.GetProperty("errors")[0]}");
                return 1;
            }
            watch.Restart();
            var applied = await SendAsync(http, api.Request(HttpMethod.Post, $"api/v1/imports/{preview.GetProperty("id").GetGuid()}/apply"), HttpStatusCode.OK, ct);
            var applyTime = watch.Elapsed;

            var done = applied.GetProperty("created");
            Console.WriteLine("| step | seconds | objectives | key results | check-ins | teams |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Row("preview (POST /api/v1/imports)", previewTime, preview.GetProperty("summary"));
            Row("apply (POST /api/v1/imports/{id}/apply)", applyTime, done);
            Console.WriteLine($"| total | {(previewTime + applyTime).TotalSeconds:N1} | | | | |");
            return 0;
        }
        catch (Exception e) when (e is BenchApiException or HttpRequestException or JsonException or TaskCanceledException)
        {
            Console.Error.WriteLine($"The server at {options.Url} did not answer as expected: {e.Message}");
            return 1;
        }
    }

    private static void Row(string step, TimeSpan time, JsonElement counts) =>
        Console.WriteLine($"| {step} | {time.TotalSeconds:N1} | {counts.GetProperty("objectives").GetInt32():N0} | " +
            $"{counts.GetProperty("keyResults").GetInt32():N0} | {counts.GetProperty("checkIns").GetInt32():N0} | {counts.GetProperty("teams").GetInt32():N0} |");

    private static HttpRequestMessage Upload(FokusApiClient api, byte[] file, bool createMissing)
    {
        var request = api.Request(HttpMethod.Post, "api/v1/imports");
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "bench-import.csv");
        form.Add(new StringContent("sv-SE"), "culture");
        form.Add(new StringContent(createMissing ? "true" : "false"), "createMissing");
        request.Content = form;
        return request;
    }

    private static async Task<List<string>> TeamNamesAsync(HttpClient http, FokusApiClient api, CancellationToken ct)
    {
        using var request = api.Request(HttpMethod.Get, "api/v1/teams?pageSize=100");
        var page = await SendAsync(http, request, HttpStatusCode.OK, ct);
        return page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpRequestMessage request, HttpStatusCode expected, CancellationToken ct)
    {
        using (request)
        using (var response = await http.SendAsync(request, ct))
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != expected)
                throw new BenchApiException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
