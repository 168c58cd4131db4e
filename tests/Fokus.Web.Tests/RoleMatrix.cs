using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>One row of the role matrix: a single API call and the status each role must get.</summary>
internal sealed record RoleCase(string Name, Func<RoleClient, Task<HttpResponseMessage>> Call,
    int Viewer, int Member, int Lead, int Admin, int Outsider)
{
    public int Expected(string role) => role switch
    {
        RoleClient.Viewer => Viewer, RoleClient.Member => Member, RoleClient.Lead => Lead,
        RoleClient.Admin => Admin, _ => Outsider,
    };
}

/// <summary>
/// A signed-in role whose API calls are recorded, so the matrix can prove which endpoints it exercised.
/// Setup done as this role goes through <see cref="Http"/>, which is not recorded.
/// </summary>
internal sealed class RoleClient(string role, HttpClient http, Guid personId, List<(string Method, string Path)> log)
{
    public const string Viewer = "viewer", Member = "member", Lead = "lead", Admin = "admin", Outsider = "other organisation";

    public string Role => role;
    public Guid PersonId => personId;
    public HttpClient Http => http;
    public bool IsOutsider => role == Outsider;

    public Task<HttpResponseMessage> Get(string url) => Send(HttpMethod.Get, url, null);
    public Task<HttpResponseMessage> Post(string url, object body) => Send(HttpMethod.Post, url, body);
    public Task<HttpResponseMessage> Put(string url, object body) => Send(HttpMethod.Put, url, body);
    public Task<HttpResponseMessage> Delete(string url) => Send(HttpMethod.Delete, url, null);

    /// <summary>A multipart upload, recorded like the JSON calls.</summary>
    public Task<HttpResponseMessage> PostForm(string url, HttpContent form)
    {
        log.Add(("POST", url.Split('?')[0]));
        return http.PostAsync(url, form);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body)
    {
        log.Add((method.Method, url.Split('?')[0]));
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType());
        return http.SendAsync(request);
    }
}

/// <summary>The /api/v1 endpoints the app maps (method and route pattern), and which of them a request path hits.</summary>
internal static class ApiEndpoints
{
    private static readonly (string Method, string Route)[] Excluded =
        [("POST", "/api/v1/auth/login"), ("POST", "/api/v1/organisations")];

    public static HashSet<(string Method, string Route)> All(FokusApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => e.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods)
                .Select(method => (method, Normalise(e.RoutePattern.RawText!))))
            .Where(pair => !Excluded.Contains(pair))
            .ToHashSet();

    /// <summary>The route patterns among <paramref name="endpoints"/> that a request with this method and path matches.</summary>
    public static List<(string Method, string Route)> Matching(IEnumerable<(string Method, string Route)> endpoints, string method, string path) =>
        endpoints.Where(e => e.Method == method && Matches(e.Route, path)).ToList();

    private static string Normalise(string route) => route.Length > 1 ? route.TrimEnd('/') : route;

    private static bool Matches(string route, string path)
    {
        var (r, p) = (route.Split('/'), Normalise(path).Split('/'));
        return r.Length == p.Length && r.Zip(p).All(s => s.First switch
        {
            ['{', .., '}'] when s.First.Contains(":guid") => Guid.TryParse(s.Second, out _),
            ['{', .., '}'] => s.Second.Length > 0,
            _ => string.Equals(s.First, s.Second, StringComparison.OrdinalIgnoreCase),
        });
    }
}

internal static class ResponseExtensions
{
    /// <summary>The id of what a setup call created, failing loudly when it was not created.</summary>
    public static async Task<Guid> CreatedIdAsync(this Task<HttpResponseMessage> call, string what)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created,
            $"setup: creating {what} answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await response.JsonAsync();
        return body.TryGetProperty("checkIn", out var checkIn) ? checkIn.Id() : body.Id();
    }

    /// <summary>The current representation, read first so that a PUT sends the current version (never a stale one).</summary>
    public static async Task<JsonElement> CurrentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"setup: GET {url} answered {(int)response.StatusCode}");
        return await response.JsonAsync();
    }
}
