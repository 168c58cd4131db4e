using Fokus.Web.Infrastructure;

namespace Fokus.Web.Components.Shared;

/// <summary>
/// A failed outcome as a form shows it: messages per field (camelCase keys, already localized) next to the inputs,
/// and whatever belongs to no shown field as one line above the buttons.
/// </summary>
internal sealed class FormErrors
{
    private readonly IDictionary<string, string[]> errors;
    private readonly OutcomeKind kind;

    private FormErrors(OutcomeKind kind, IDictionary<string, string[]>? errors)
    {
        this.kind = kind;
        this.errors = errors ?? new Dictionary<string, string[]>();
    }

    public static FormErrors None { get; } = new(OutcomeKind.Ok, null);

    public static FormErrors Of<T>(Outcome<T> outcome) => outcome.Succeeded ? None : new(outcome.Kind, outcome.Errors);

    public static FormErrors Of(Outcome outcome) =>
        outcome.Kind is OutcomeKind.Ok or OutcomeKind.NoContent or OutcomeKind.Created ? None : new(outcome.Kind, outcome.Errors);

    public bool Any => kind is not (OutcomeKind.Ok or OutcomeKind.Created or OutcomeKind.NoContent);

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Text(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Messages for fields the form does not show, or the problem itself (forbidden, not found) when there are none.</summary>
    public string? Summary(params string[] shownFields)
    {
        if (!Any) return null;
        var rest = errors.Where(e => !shownFields.Contains(e.Key)).SelectMany(e => e.Value).ToList();
        if (rest.Count > 0) return string.Join(" ", rest);
        return errors.Count > 0 ? null : SharedText.Get($"Problem.{kind}");
    }
}
