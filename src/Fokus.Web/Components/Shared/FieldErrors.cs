namespace Fokus.Web.Components.Shared;

/// <summary>A handler's field errors, looked up by field so that each message shows next to its input.</summary>
public sealed class FieldErrors
{
    private IDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    public bool Any => errors.Count > 0;

    public void Set(IDictionary<string, string[]>? fieldErrors) =>
        errors = fieldErrors is null ? new Dictionary<string, string[]>() : new Dictionary<string, string[]>(fieldErrors, StringComparer.OrdinalIgnoreCase);

    public void Clear() => errors = new Dictionary<string, string[]>();

    public bool Has(string field) => errors.ContainsKey(field);

    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Messages whose field no input shows, so none is lost.</summary>
    public IEnumerable<string> Except(params string[] shown) =>
        errors.Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value);
}
