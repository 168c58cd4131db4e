using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// Turns unreadable requests (malformed JSON, a string where a number belongs) into 400 problem
/// details with the offending field, never a 500.
/// </summary>
internal sealed partial class ApiErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    // Minimal APIs name the parameter as: Failed to bind parameter "Type name" from "value".
    [GeneratedRegex("""parameter "[^"]* (\w+)" """)]
    private static partial Regex ParameterName();

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var field = (bad.InnerException as JsonException)?.Path is { Length: > 2 } path ? path.TrimStart('$', '.')
            : ParameterName().Match(bad.Message) is { Success: true } m ? m.Groups[1].Value : "body";
        var errors = new Dictionary<string, string[]> { [field] = [SharedText.Get("Validation.Unreadable")] };
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(errors) { Status = bad.StatusCode, Title = SharedText.Get("Problem.Invalid") },
        });
    }
}
