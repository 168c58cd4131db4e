namespace Fokus.Web.Features.Imports.Reading;

/// <summary>A file that cannot be read at all; Key is a resource key, answered as a 400 on the "file" field.</summary>
internal sealed class ImportReadException(string key, params object[] args) : Exception(key)
{
    public string Key { get; } = key;
    public object[] Args { get; } = args;
}

internal static class ImportLimits
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 50_000;
}
