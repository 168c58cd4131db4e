using Microsoft.Extensions.Localization;

namespace Fokus.Web.Infrastructure;

internal static class OutcomeHttp
{
    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, string>? location = null) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Created => TypedResults.Created(location is null || outcome.Value is null ? null : location(outcome.Value), outcome.Value),
        OutcomeKind.NoContent => TypedResults.NoContent(),
        _ => Failure(outcome.Kind, outcome.Errors, outcome.Current),
    };

    public static IResult ToHttp(this Outcome outcome) =>
        outcome.Kind == OutcomeKind.NoContent ? TypedResults.NoContent() : Failure(outcome.Kind, outcome.Errors, outcome.Current);

    private static IResult Failure(OutcomeKind kind, IDictionary<string, string[]>? errors, object? current) => kind switch
    {
        OutcomeKind.Invalid => TypedResults.ValidationProblem(errors ?? new Dictionary<string, string[]>(), title: Text("Problem.Invalid")),
        OutcomeKind.Forbidden => TypedResults.Problem(statusCode: 403, title: Text("Problem.Forbidden")),
        OutcomeKind.Conflict => TypedResults.Problem(statusCode: 409, title: Text("Problem.Conflict"),
            extensions: new Dictionary<string, object?> { ["current"] = current }),
        _ => TypedResults.Problem(statusCode: 404, title: Text("Problem.NotFound")),
    };

    private static string Text(string key) => SharedText.Get(key);
}
