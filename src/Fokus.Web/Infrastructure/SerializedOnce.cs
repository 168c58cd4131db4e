using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// A cached view is the same object on every hit, so its JSON is written once and reused: the
/// big picture of a large organisation is megabytes of JSON.
/// </summary>
internal sealed class SerializedOnce(IOptions<JsonOptions> json)
{
    private readonly ConditionalWeakTable<object, byte[]> bytes = [];

    public IResult Ok<T>(Outcome<T> outcome) where T : class =>
        outcome is { Kind: OutcomeKind.Ok, Value: { } value }
            ? TypedResults.Bytes(bytes.GetValue(value, v => JsonSerializer.SerializeToUtf8Bytes(v, v.GetType(), json.Value.SerializerOptions)),
                "application/json; charset=utf-8")
            : outcome.ToHttp();
}
