using System.Text.Json;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>Builds a valid value for a schema, then breaks a few fields of it.</summary>
internal sealed class FuzzBodies(Random random, ApiDocument doc, FuzzIds ids)
{
    private int counter;

    /// <summary>Whether the value holds a collection over the documented maximum anywhere.</summary>
    public static bool Oversized(object? value, int max) => value switch
    {
        List<object?> list => list.Count > max || list.Any(v => Oversized(v, max)),
        Dictionary<string, object?> map => map.Count > max || map.Values.Any(v => Oversized(v, max)),
        _ => false,
    };

    public object? Valid(JsonElement schema, string name, int depth = 0)
    {
        schema = doc.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            var options = values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).ToList();
            return options.Count == 0 ? null : options[random.Next(options.Count)].GetString();
        }
        var types = Types(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            var map = new Dictionary<string, object?>();
            if (schema.TryGetProperty("properties", out var props) && depth < 5)
                foreach (var p in props.EnumerateObject()) map[p.Name] = Valid(p.Value, p.Name, depth + 1);
            else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
                for (var i = random.Next(3); i > 0; i--) map[$"field{i}"] = Valid(extra, "column", depth + 1);
            return map;
        }
        if (types.Contains("array"))
        {
            var items = schema.TryGetProperty("items", out var it) ? it : default;
            return Enumerable.Range(0, random.Next(4)).Select(_ => items.ValueKind == JsonValueKind.Undefined ? null : Valid(items, name, depth + 1)).ToList();
        }
        if (format == "uuid") return ids.Own(FuzzIds.KindOf(name)).ToString();
        if (format == "date") return new DateOnly(2031, 1, 1).AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd");
        if (format == "date-time") return DateTimeOffset.UtcNow.AddDays(random.Next(-30, 30)).ToString("O");
        if (types.Contains("integer")) return IntegerFor(name);
        if (types.Contains("number")) return random.Next(-10, 150);
        if (types.Contains("boolean")) return random.Next(2) == 0;
        return StringFor(name);
    }

    private static HashSet<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var t)) return [];
        return t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Select(x => x.GetString()!).Where(x => x != "null").ToHashSet()
            : [t.GetString()!];
    }

    private int IntegerFor(string name) => name switch
    {
        "confidence" => random.Next(0, 11),
        "version" => random.Next(1, 3),
        "page" => random.Next(1, 3),
        "pageSize" => random.Next(1, 50),
        "everyWeeks" => random.Next(1, 5),
        "fiscalYearStartMonth" => random.Next(1, 13),
        _ => random.Next(0, 5),
    };

    private string StringFor(string name)
    {
        var n = ++counter;
        return name.ToLowerInvariant() switch
        {
            var x when x.Contains("email") => $"fuzz-{Guid.NewGuid():N}@test.example",
            var x when x.Contains("password") => random.Next(3) == 0 ? TestOrg.Password : "fuzz-password-long-enough",
            var x when x.Contains("language") => random.Next(2) == 0 ? "en" : "sv",
            var x when x.Contains("webhook") => "https://hooks.slack.com/services/T000/B000/XXXX",
            "currencycode" => "SEK",
            "kind" => random.Next(2) == 0 ? "objective" : "keyResult",
            "format" => new[] { "xlsx", "csv", "json", "pdf" }[random.Next(4)],
            _ => $"Fuzz {name} {n}",
        };
    }

    /// <summary>Breaks 0–3 fields (a quarter of bodies stay valid so handlers are reached), or the whole body.</summary>
    public object? Mutate(object? body)
    {
        if (body is not Dictionary<string, object?> map || map.Count == 0) return random.Next(3) == 0 ? Whole() : body;
        var keys = map.Keys.ToList();
        // A valid body but for one NUL in a text: the request that reaches the database (PostgreSQL refuses NUL).
        var texts = keys.Where(k => map[k] is string s && !Guid.TryParse(s, out _)).ToList();
        if (texts.Count > 0 && random.Next(8) == 0)
        {
            var key = texts[random.Next(texts.Count)];
            map[key] = $"{map[key]}\u0000{key}";
            return map;
        }
        var count = random.Next(100) switch { < 25 => 0, < 65 => 1, < 85 => 2, _ => 3 };
        for (var i = 0; i < count; i++)
        {
            var key = keys[random.Next(keys.Count)];
            if (random.Next(12) == 0) map.Remove(key);
            else map[key] = Field(key, map.GetValueOrDefault(key));
        }
        if (random.Next(15) == 0) map["unexpected" + random.Next(9)] = FuzzValues.OddString(random);
        return map;
    }

    /// <summary>A whole body that is not the object the endpoint expects.</summary>
    public object? Whole() => random.Next(9) switch
    {
        0 => null,
        1 => new List<object?>(),
        2 => new RawJson("1"),
        3 => FuzzValues.OddString(random),
        4 => FuzzValues.DeepNesting(random),
        _ => new RawJson(FuzzValues.MalformedBody(random)),
    };

    public object? Field(string name, object? current)
    {
        var kind = FuzzIds.KindOf(name);
        var isId = current is string s && Guid.TryParse(s, out _) || current is List<object?> l && l.All(x => x is string t && Guid.TryParse(t, out _)) && name.EndsWith("Ids");
        var roll = random.Next(100);
        if (isId && roll < 35) return current is List<object?>
            ? IdList(kind)
            : random.Next(3) == 0 ? ids.Other(kind).ToString() : random.Next(2) == 0 ? Guid.NewGuid().ToString() : FuzzValues.BadGuids[random.Next(FuzzValues.BadGuids.Length)];
        if (current is List<object?> list && roll < 45) return HugeList(list, kind);
        return random.Next(8) switch
        {
            0 => null,
            1 or 2 => FuzzValues.OddString(random),
            3 => FuzzValues.OddNumbers[random.Next(FuzzValues.OddNumbers.Length)],
            4 => random.Next(2) == 0 ? true : new Dictionary<string, object?> { ["x"] = 1 },
            5 => new List<object?> { current, FuzzValues.OddString(random) },
            6 => random.Next(4) == 0 ? FuzzValues.DeepNesting(random) : FuzzValues.LongString(random),
            _ => FuzzValues.OddStrings[random.Next(FuzzValues.OddStrings.Length)],
        };
    }

    private List<object?> IdList(string kind) => random.Next(4) switch
    {
        0 => [ids.Other(kind).ToString()],
        1 => [ids.Own(kind).ToString(), ids.Own(kind).ToString(), ids.Own(kind).ToString()],
        2 => [Guid.NewGuid().ToString(), null],
        _ => [ids.Own(kind).ToString(), ids.Other(kind).ToString()],
    };

    /// <summary>Past every collection maximum; now and then past SQLite's 32,766 parameters.</summary>
    private List<object?> HugeList(List<object?> list, string kind)
    {
        var count = random.Next(10) == 0 ? 40_000 : random.Next(501, 3_000);
        var sample = list.FirstOrDefault() ?? ids.Own(kind).ToString();
        return Enumerable.Range(0, count).Select(i => sample is string ? (object?)Guid.NewGuid().ToString() : sample).ToList();
    }
}
