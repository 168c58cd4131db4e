using Microsoft.Net.Http.Headers;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// Refuses, before any handler or database sees them: JSON in another charset than UTF-8 (415), a NUL character in a
/// query, route or JSON string (400 naming the field), and a JSON collection over <see cref="MaxItems"/> items (400).
/// </summary>
internal static class InputGuard
{
    /// <summary>The documented maximum of every collection in a request (ids arrays, key results, scores, mappings).</summary>
    public const int MaxItems = 500;

    public static WebApplication UseInputGuard(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api") || await RefusedAsync(context) is not { } refusal)
            {
                await next(context);
                return;
            }
            await refusal.ExecuteAsync(context);
        });
        return app;
    }

    private static async Task<IResult?> RefusedAsync(HttpContext context)
    {
        if (FirstNulParameter(context) is { } field) return Invalid(new InputError(field, "Fuzz.NulCharacter"));
        var request = context.Request;
        if (request.ContentType is not { } contentType || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase)) return null;
        var parsed = MediaTypeHeaderValue.TryParse(contentType, out var media);
        // A multipart upload whose boundary happens to contain "json" is not JSON.
        if (parsed && !IsJsonMediaType(media!.MediaType.ToString())) return null;
        if (!parsed || !IsUtf8(media!)) return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: SharedText.Get("Fuzz.UnsupportedCharset"));
        // A quoted or upper-case "utf-8" is UTF-8 too, but the binder only knows the plain spelling.
        if (media!.Charset.Length > 0) request.ContentType = media.MediaType.ToString();
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        request.Body.Position = 0;
        return JsonInputScan.Find(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), MaxItems) is { } error ? Invalid(error) : null;
    }

    private static bool IsJsonMediaType(string mediaType) =>
        mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static bool IsUtf8(MediaTypeHeaderValue media)
    {
        if (media.Charset.Length == 0) return true;
        var charset = HeaderUtilities.RemoveQuotes(media.Charset).ToString();
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static string? FirstNulParameter(HttpContext context)
    {
        foreach (var (key, values) in context.Request.Query)
            if (key.Contains('\0') || values.Any(v => v?.Contains('\0') == true)) return key.Replace("\0", "", StringComparison.Ordinal);
        foreach (var (key, value) in context.Request.RouteValues)
            if (value is string s && s.Contains('\0')) return key;
        return null;
    }

    private static IResult Invalid(InputError error) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [error.Field] = [SharedText.Format(error.Key, error.Args)] },
        title: SharedText.Get("Problem.Invalid"));
}
