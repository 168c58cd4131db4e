using System.Net;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>Fires creates and deletes at the same moment, and checks that every answer is one a client can act on.</summary>
internal static class RaceKit
{
    public const int Iterations = 12;

    /// <summary>Starts every request on its own thread-pool task behind one gate, so they really overlap.</summary>
    public static async Task<HttpResponseMessage[]> AllAtOnceAsync(params Func<Task<HttpResponseMessage>>[] requests)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = requests.Select(r => Task.Run(async () => { await gate.Task; return await r(); })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }

    /// <summary>
    /// 2xx, 404 or 409 with problem details; 400 only as the field error a handler gives when the thing referred to
    /// in the body is gone (or, for a delete, still in use), never 5xx.
    /// </summary>
    public static async Task AssertAnswerAsync(HttpResponseMessage response, string what, string? fieldFor400 = null)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status is >= 200 and < 300 or 404 or 409 || status == 400 && fieldFor400 is not null, $"{what} answered {status}: {body}");
        if (status is 404 or 409 or 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (status == 400)
                Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(fieldFor400!, out _), $"{what}: {body}");
        }
    }

    public static async Task<bool> ExistsAsync(HttpClient client, string url)
    {
        var status = (await client.GetAsync(url)).StatusCode;
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} answered {(int)status}");
        return status == HttpStatusCode.OK;
    }

    public static async Task<List<Guid>> CreatedIdsAsync(IEnumerable<HttpResponseMessage> responses, Func<JsonElement, JsonElement>? pick = null)
    {
        var ids = new List<Guid>();
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            var json = await r.JsonAsync();
            ids.Add((pick is null ? json : pick(json)).Id());
        }
        return ids;
    }
}
