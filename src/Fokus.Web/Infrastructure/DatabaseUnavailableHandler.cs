using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// A database that cannot be reached answers 503 with Retry-After, never 500: problem details for the API, a short
/// page in the reader's language for everything else. Registered before the other exception handlers.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!DatabaseUnavailable.Is(exception)) return false;
        // One line, no stack trace: the cause is outside the app, and a restart would log hundreds of these.
        log.LogWarning("Database unavailable for {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path,
            exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString();
        var title = SharedText.Get("Resilience.Unavailable");
        var detail = SharedText.Get("Resilience.TryAgain");
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(title, detail), ct);
            return true;
        }
        var problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail };
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        return true;
    }

    private static string Page(string title, string detail) =>
        $"""
        <!DOCTYPE html><html lang="{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>Fokus</title></head>
        <body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
        <h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p><a href="">Fokus</a></p></body></html>
        """;
}
