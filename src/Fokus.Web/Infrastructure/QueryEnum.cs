namespace Fokus.Web.Infrastructure;

/// <summary>
/// Enum query parameters in the same camelCase the JSON uses ("inProgress"); minimal APIs' own
/// binding is case-sensitive and would only take "InProgress".
/// </summary>
internal readonly record struct QueryEnum<T>(T? Value) where T : struct, Enum
{
    public static bool TryParse(string? raw, out QueryEnum<T> result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(raw)) return true;
        if (!Enum.TryParse<T>(raw, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(raw, out _)) return false;
        result = new QueryEnum<T>(parsed);
        return true;
    }
}
