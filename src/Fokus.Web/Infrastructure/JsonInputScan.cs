using System.Text.Json;

namespace Fokus.Web.Infrastructure;

/// <summary>A field error found in a JSON body before it is bound: its camelCase path, the message key and its arguments.</summary>
internal sealed record InputError(string Field, string Key, params object[] Args);

/// <summary>
/// One pass of Utf8JsonReader over a request body, with the JSON path at hand, for what no handler should ever
/// see: a NUL character (PostgreSQL refuses it in text, SQLite would store it) and a collection over
/// <see cref="InputGuard.MaxItems"/> items (SQLite fails on 32,766 parameters). Malformed JSON is left to the binder.
/// </summary>
internal static class JsonInputScan
{
    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int Count { get; set; }
        public string? Property { get; set; }
    }

    public static InputError? Find(ReadOnlySpan<byte> json, int maxItems)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var stack = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                var parent = stack.Count > 0 ? stack.Peek() : null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (name.Contains('\0')) return new InputError(Join(parent!.Path, "key"), "Fuzz.NulCharacter");
                        parent!.Property = name;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                }
                var here = parent is null ? "" : parent.IsArray ? $"{parent.Path}[{parent.Count}]" : Join(parent.Path, parent.Property!);
                if (parent is { IsArray: true } && ++parent.Count > maxItems)
                    return new InputError(parent.Path.Length == 0 ? "body" : parent.Path, "Fuzz.TooManyItems", maxItems);
                if (parent is { IsArray: false } && parent.Count++ >= maxItems)
                    return new InputError(parent.Path.Length == 0 ? "body" : parent.Path, "Fuzz.TooManyItems", maxItems);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    stack.Push(new Frame(here, reader.TokenType == JsonTokenType.StartArray));
                else if (reader.TokenType == JsonTokenType.String && HasNul(ref reader))
                    return new InputError(here.Length == 0 ? "body" : here, "Fuzz.NulCharacter");
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON or invalid UTF-16 escapes: the binder answers 400 for those itself.
        }
        return null;
    }

    // JSON cannot carry a raw NUL byte in a string (the reader refuses control characters), only the escape.
    private static bool HasNul(ref Utf8JsonReader reader) => reader.ValueIsEscaped && reader.GetString()!.Contains('\0');

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
