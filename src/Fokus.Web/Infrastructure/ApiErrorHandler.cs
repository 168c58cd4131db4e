using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// Turns unreadable requests (malformed JSON, a string where a number belongs) into 400 problem
/// details with the offending field, and a save that lost a race (the row was changed or deleted meanwhile,
/// a referenced row is gone) into 409, never a 500.
/// </summary>
internal sealed partial class ApiErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    // Minimal APIs name the parameter as: Failed to bind parameter "Type name" from "value".
    [GeneratedRegex("""parameter "[^"]* (\w+)" """)]
    private static partial Regex ParameterName();

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is BadHttpRequestException bad) return await UnreadableAsync(context, bad);
        if (IsLostRace(exception)) return await LostRaceAsync(context, exception);
        return false;
    }

    private async ValueTask<bool> UnreadableAsync(HttpContext context, BadHttpRequestException bad)
    {
        var field = (bad.InnerException as JsonException)?.Path is { Length: > 2 } path ? path.TrimStart('$', '.')
            : ParameterName().Match(bad.Message) is { Success: true } m ? m.Groups[1].Value : "body";
        var errors = new Dictionary<string, string[]> { [field] = [SharedText.Get("Validation.Unreadable")] };
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = bad,
            ProblemDetails = new HttpValidationProblemDetails(errors) { Status = bad.StatusCode, Title = SharedText.Get("Problem.Invalid") },
        });
    }

    // SQLite's constraint codes that are a bug in the handler rather than a race; foreign keys do not always carry 787.
    private const int NotNull = 1299, Check = 275;

    /// <summary>
    /// A create racing a delete: the row to change is gone (concurrency exception), or a row it refers to was deleted
    /// between the handler's check and the save (foreign key: SQLite 19, PostgreSQL 23503), or two saves made the
    /// same unique row (SQLite 19, PostgreSQL 23505).
    /// </summary>
    private static bool IsLostRace(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is DbUpdateConcurrencyException
                || e is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: not (NotNull or Check) }
                || e is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.UniqueViolation })
                return true;
        return false;
    }

    private async ValueTask<bool> LostRaceAsync(HttpContext context, Exception exception)
    {
        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status409Conflict, Title = SharedText.Get("Fuzz.LostRace") },
        });
    }
}
