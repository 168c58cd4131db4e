using System.Text.Json;

namespace Fokus.Web.Tests.Fuzzing;

internal sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>One operation of the app's OpenAPI document, with its body schema (null when it takes none).</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? Body)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads the app's own /openapi/v1.json, so a new endpoint is fuzzed without anyone listing it.</summary>
internal sealed class ApiDocument(JsonElement root)
{
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    public IReadOnlyList<ApiOperation> Operations { get; } = Read(root);

    public static async Task<ApiDocument> LoadAsync(HttpClient admin)
    {
        var response = await admin.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new ApiDocument(doc.RootElement.Clone());
    }

    /// <summary>Follows a $ref and unwraps oneOf [null, X] to X.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var r))
                schema = root.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/')[^1]);
            else if (schema.TryGetProperty("oneOf", out var one))
                schema = one.EnumerateArray().FirstOrDefault(s => !IsOnlyNull(s), one[0]);
            else return schema;
        }
        return schema;
    }

    private static bool IsOnlyNull(JsonElement s) =>
        s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";

    private static List<ApiOperation> Read(JsonElement root)
    {
        var list = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                    : [];
                JsonElement? body = op.Value.TryGetProperty("requestBody", out var rb)
                    && rb.GetProperty("content").TryGetProperty("application/json", out var json) ? json.GetProperty("schema") : null;
                list.Add(new ApiOperation(op.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        return list;
    }
}
