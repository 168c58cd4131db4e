using System.Text.Json;

namespace Fokus.Web.Features.Backup;

/// <summary>
/// Reads a large JSON document token by token from a stream with a small, growing buffer, so a backup with
/// millions of rows is read one row at a time (Utf8JsonReader cannot cross an await, so each step is a sync try plus a refill).
/// </summary>
internal sealed class JsonStreamReader(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int start, end;
    private bool final;
    private JsonReaderState state;

    public JsonTokenType TokenType { get; private set; }
    public string? Text { get; private set; }
    public long? Number { get; private set; }

    /// <summary>The next token; strings and property names in <see cref="Text"/>, integers in <see cref="Number"/>.</summary>
    public async ValueTask<JsonTokenType> ReadAsync(CancellationToken ct)
    {
        while (!TryRead()) await FillAsync(ct);
        return TokenType;
    }

    /// <summary>The next value (a row object) decoded by <paramref name="decode"/> once the whole value is buffered.</summary>
    public async ValueTask<T> ReadValueAsync<T>(Decoder<T> decode, CancellationToken ct)
    {
        T value;
        while (!TryReadValue(decode, out value)) await FillAsync(ct);
        return value;
    }

    public delegate T Decoder<out T>(ref Utf8JsonReader reader);

    public async ValueTask ExpectAsync(JsonTokenType type, CancellationToken ct)
    {
        if (await ReadAsync(ct) != type) throw new InvalidDataException($"Expected {type} but found {TokenType}.");
    }

    private bool TryRead()
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        if (!reader.Read()) return false;
        TokenType = reader.TokenType;
        Text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() : null;
        Number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : null;
        Advance(ref reader);
        return true;
    }

    private bool TryReadValue<T>(Decoder<T> decode, out T value)
    {
        value = default!;
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        if (!reader.Read()) return false;
        var probe = reader;
        if (!probe.TrySkip()) return false;
        TokenType = reader.TokenType;
        value = decode(ref reader);
        Advance(ref reader);
        return true;
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (final) throw new InvalidDataException("The backup file ends too early (it is cut off or not a Fokus backup).");
        var pending = end - start;
        if (start == 0 && end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        else if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, pending);
            (start, end) = (0, pending);
        }
        var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
        if (read == 0) final = true;
        end += read;
    }
}
