using System.Text.RegularExpressions;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>What no response may ever be: a 5xx, a stack trace, or a piece of the other organisation.</summary>
internal static partial class FuzzChecks
{
    // An exception type name (InvalidOperationException, NpgsqlException...) or a .NET stack frame.
    [GeneratedRegex(@"\b[A-Z]\w*Exception\b|\bat [\w.`<>\[\]]+\.\w+\(|--- End of|\bStackTrace\b|\bstackTrace\b")]
    private static partial Regex StackTrace();

    private static readonly string[] TextTypes = ["json", "text", "html", "xml", "csv", "problem"];

    public static bool IsText(string? mediaType) => mediaType is null || TextTypes.Any(mediaType.Contains);

    /// <summary>Null when the response is acceptable, else why not.</summary>
    public static string? Problem(FuzzCase request, int status, string? mediaType, string text, IReadOnlyCollection<string> otherIds)
    {
        if (status >= 500) return $"answered {status}";
        if (request.MustRefuse is { } refused && status is >= 200 and < 300) return $"accepted {refused} with {status}";
        if (!IsText(mediaType)) return null;
        if (StackTrace().Match(text) is { Success: true } m) return $"answered {status} with what looks like a stack trace or exception name: '{m.Value}'";
        if (text.Contains(FuzzWorld.Marker, StringComparison.OrdinalIgnoreCase)) return $"answered {status} with the other organisation's marker '{FuzzWorld.Marker}'";
        var requestText = request.RequestText;
        foreach (var id in otherIds)
            if (text.Contains(id, StringComparison.OrdinalIgnoreCase) && !requestText.Contains(id, StringComparison.OrdinalIgnoreCase))
                return $"answered {status} with the other organisation's id {id}, which the request did not name";
        return null;
    }

    public static string Excerpt(string text) => text.Length > 800 ? text[..800] + "..." : text;
}
