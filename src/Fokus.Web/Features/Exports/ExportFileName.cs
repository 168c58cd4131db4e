using System.Globalization;
using System.Text;

namespace Fokus.Web.Features.Exports;

/// <summary>File names such as fokus-2026-Q4-e-commerce.xlsx: ASCII, no spaces, Swedish letters without their marks.</summary>
internal static class ExportFileName
{
    public static string Of(ExportScope scope, string extension, string? sheet = null)
    {
        var parts = new List<string> { "fokus", Slug(scope.Period.Name) };
        if (scope.TeamName is { } team) parts.Add(Slug(team).ToLowerInvariant());
        if (sheet is not null) parts.Add(Slug(sheet).ToLowerInvariant());
        return $"{string.Join('-', parts.Where(p => p.Length > 0))}.{extension}";
    }

    public static string Slug(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        var slug = plain.ToString();
        while (slug.Contains("--")) slug = slug.Replace("--", "-");
        return slug.Trim('-');
    }
}
