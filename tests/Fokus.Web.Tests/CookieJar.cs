using System.Net.Http.Headers;

namespace Fokus.Web.Tests;

/// <summary>
/// Keeps cookies the way a browser on the HTTPS side of a proxy does: a Secure cookie is sent back too. HttpClient's own
/// container would drop it on the test server's plain-http hop, though the browser never sees that hop.
/// </summary>
internal sealed class CookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, cancellationToken);
        foreach (var line in SetCookies(response.Headers))
        {
            var pair = line.Split(';')[0];
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = (pair[..at], pair[(at + 1)..]);
            if (value.Length == 0) cookies.Remove(name);
            else cookies[name] = value;
        }
        return response;
    }

    private static IEnumerable<string> SetCookies(HttpResponseHeaders headers) =>
        headers.TryGetValues("Set-Cookie", out var lines) ? lines : [];
}
