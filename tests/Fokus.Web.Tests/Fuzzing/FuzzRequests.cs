using System.Text;
using System.Text.Json;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>Turns an operation into one fuzzed request: route and query values, a body and its content type.</summary>
internal sealed class FuzzRequests(Random random, ApiDocument doc, FuzzIds ids)
{
    private static readonly string?[] OddContentTypes =
    [
        "application/json; charset=bogus", "text/plain", null, "application/xml", "application/json; charset=utf-16",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=\"utf-8\"",
        "APPLICATION/JSON", "application/json; charset=latin1", "*/*", "application/merge-patch+json",
    ];

    /// <summary>The documented maximum of every collection in a request (InputGuard.MaxItems).</summary>
    public const int MaxItems = 500;

    private readonly FuzzBodies bodies = new(random, doc, ids);

    public FuzzCase Build(int index, ApiOperation operation, string caller)
    {
        var url = new StringBuilder(operation.Path);
        var query = new List<string>();
        // Deleting or re-roling the callers themselves would leave the rest of the batch unauthorised.
        var avoidProtected = operation.Method is "DELETE" or "PUT" && operation.Path.StartsWith("/api/v1/people/", StringComparison.Ordinal);
        foreach (var p in operation.Parameters)
        {
            // No NUL in the path: the in-memory TestServer throws on it before the app runs; Kestrel answers 400 itself.
            if (p.In == "path") url.Replace("{" + p.Name + "}", Uri.EscapeDataString(PathValue(operation.Path, p, avoidProtected).Replace("\0", "", StringComparison.Ordinal)));
            else if (p.In == "query" && QueryValue(p) is { } value) query.Add($"{p.Name}={value}");
        }
        if (query.Count > 0) url.Append('?').Append(string.Join('&', query));

        var (contentType, body, oversized) = Body(operation);
        var json = contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        var nul = query.Any(q => q.Contains("%00", StringComparison.Ordinal))
            || json && body is not null && Encoding.UTF8.GetString(body).Contains("\\u0000", StringComparison.Ordinal);
        return new FuzzCase(index, operation.ToString(), caller, operation.Method, url.ToString(), contentType, body)
        {
            // The documented refusals cover the API; /culture and /account are forms.
            MustRefuse = !operation.Path.StartsWith("/api/", StringComparison.Ordinal) ? null : nul ? "a NUL character" : json && oversized ? $"a collection over {MaxItems} items" : null,
        };
    }

    private string PathValue(string path, ApiParameter p, bool avoidProtected)
    {
        if (p.Name == "id")
        {
            var segments = path.Split('/');
            var kind = segments[Array.IndexOf(segments, "{id}") - 1];
            return ids.RouteValue(kind, avoidProtected);
        }
        if (random.Next(3) > 0 && bodies.Valid(p.Schema, p.Name) is string valid) return p.Name == "kind" ? Reaction() : valid;
        return FuzzValues.OddString(random) is { Length: > 0 and < 2000 } odd ? odd : "x";
    }

    private string Reaction() => new[] { "cheer", "clap", "heart", "idea", "Cheer", "boo", "0" }[random.Next(7)];

    private string? QueryValue(ApiParameter p)
    {
        var roll = random.Next(100);
        if (roll < 25) return null;
        if (roll < 40) return FuzzValues.OddQueryValues[random.Next(FuzzValues.OddQueryValues.Length)];
        if (roll < 44) return "fuzz%00" + p.Name;
        var format = p.Schema.ValueKind == JsonValueKind.Object && p.Schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format == "uuid") return ids.RouteValue(FuzzIds.KindOf(p.Name));
        var value = bodies.Valid(p.Schema, p.Name);
        return value switch
        {
            null => null,
            bool b => b ? "true" : "false",
            string s => Uri.EscapeDataString(s),
            _ => FuzzJson.Write(value),
        };
    }

    private (string? ContentType, byte[]? Body, bool Oversized) Body(ApiOperation operation)
    {
        if (operation.Body is not { } schema)
        {
            // Bodies where none belongs, now and then.
            if (random.Next(10) > 0 || operation.Method is "GET") return (null, null, false);
            return (ContentType(), Encoding.UTF8.GetBytes(FuzzJson.Write(bodies.Whole())), false);
        }
        var roll = random.Next(100);
        if (roll < 3) return (ContentType(), null, false);
        if (roll < 6) return (ContentType(), RandomBytes(), false);
        var value = roll < 16 ? bodies.Whole() : bodies.Mutate(bodies.Valid(schema, "body"));
        return (ContentType(), Encoding.UTF8.GetBytes(FuzzJson.Write(value)), FuzzBodies.Oversized(value, MaxItems));
    }

    private string? ContentType() =>
        random.Next(100) < 80 ? "application/json" : OddContentTypes[random.Next(OddContentTypes.Length)];

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(1, 400)];
        random.NextBytes(bytes);
        return bytes;
    }
}
