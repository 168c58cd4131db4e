using Fokus.Web.Infrastructure;

namespace Fokus.Web.Components.Shared;

/// <summary>
/// A handler's failed outcome as a form shows it: each field's messages next to its input (camelCase keys, already
/// localized), and whatever belongs to no shown field, or the problem itself, as one line above the buttons.
/// </summary>
public sealed class FieldErrors
{
    private IDictionary<string, string[]> errors = new Dictionary<string, string[]>();
    private OutcomeKind kind = OutcomeKind.Ok;

    /// <summary>A fresh instance with nothing to show.</summary>
    public static FieldErrors None => new();

    internal static FieldErrors Of<T>(Outcome<T> outcome) => Of(outcome.Kind, outcome.Errors);

    internal static FieldErrors Of(Outcome outcome) => Of(outcome.Kind, outcome.Errors);

    private static FieldErrors Of(OutcomeKind kind, IDictionary<string, string[]>? fieldErrors)
    {
        var result = new FieldErrors();
        if (kind is not (OutcomeKind.Ok or OutcomeKind.Created or OutcomeKind.NoContent)) result.Set(fieldErrors, kind);
        return result;
    }

    public bool Any => kind != OutcomeKind.Ok;

    public void Set(IDictionary<string, string[]>? fieldErrors) => Set(fieldErrors, OutcomeKind.Invalid);

    public void Clear() => (errors, kind) = (new Dictionary<string, string[]>(), OutcomeKind.Ok);

    public bool Has(string field) => errors.ContainsKey(field);

    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Messages whose field no input shows, so none is lost.</summary>
    public IEnumerable<string> Except(params string[] shown) =>
        errors.Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value);

    /// <summary>The messages no shown field carries, or the problem itself (forbidden, not found) when there are none.</summary>
    public string? Summary(params string[] shown)
    {
        if (!Any) return null;
        var rest = Except(shown).ToList();
        if (rest.Count > 0) return string.Join(" ", rest);
        return errors.Count > 0 ? null : SharedText.Get($"Problem.{kind}");
    }

    private void Set(IDictionary<string, string[]>? fieldErrors, OutcomeKind failure)
    {
        errors = fieldErrors is null ? new Dictionary<string, string[]>() : new Dictionary<string, string[]>(fieldErrors, StringComparer.OrdinalIgnoreCase);
        kind = errors.Count > 0 || failure != OutcomeKind.Invalid ? failure : OutcomeKind.Ok;
    }
}
