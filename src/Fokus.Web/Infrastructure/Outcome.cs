namespace Fokus.Web.Infrastructure;

internal enum OutcomeKind { Ok, Created, NoContent, NotFound, Forbidden, Invalid, Conflict }

/// <summary>
/// What a feature handler answers. The HTTP endpoints turn it into a response and Blazor
/// components read it directly, so both share one set of rules.
/// </summary>
internal sealed record Outcome<T>(OutcomeKind Kind, T? Value = default, IDictionary<string, string[]>? Errors = null, object? Current = null)
{
    public bool Succeeded => Kind is OutcomeKind.Ok or OutcomeKind.Created or OutcomeKind.NoContent;

    public static implicit operator Outcome<T>(T value) => new(OutcomeKind.Ok, value);
    public static implicit operator Outcome<T>(Outcome failure) =>
        new(failure.Kind, default, failure.Errors, failure.Current);
}

/// <summary>An outcome without a value: the failures, and success for commands that return nothing.</summary>
internal sealed record Outcome(OutcomeKind Kind, IDictionary<string, string[]>? Errors = null, object? Current = null)
{
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound);
    public static readonly Outcome Forbidden = new(OutcomeKind.Forbidden);
    public static readonly Outcome NoContent = new(OutcomeKind.NoContent);

    public bool Succeeded => Kind is OutcomeKind.Ok or OutcomeKind.Created or OutcomeKind.NoContent;

    public static Outcome Invalid(IDictionary<string, string[]> errors) => new(OutcomeKind.Invalid, errors);
    public static Outcome Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A stale version: carries the newer values so nothing typed is lost.</summary>
    public static Outcome Conflict(object current) => new(OutcomeKind.Conflict, null, current);

    public static Outcome<T> Created<T>(T value) => new(OutcomeKind.Created, value);
}
