using System.Globalization;
using System.Text;

namespace Fokus.Core.Imports;

/// <summary>Compares what people type: case, accents, underscores and punctuation do not matter
/// ("Målvärde" = "malvarde", "key_result_1_title" = "Key result 1 title").</summary>
public static class ImportText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c) || c is '%' or '>' or '<' or '=' or '≥' or '≤')
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                space = false;
            }
            else space = true;
        }
        return sb.ToString();
    }

    /// <summary>Equal after normalising; both empty counts as not equal (an empty header names nothing).</summary>
    public static bool Same(string? a, string? b)
    {
        var na = Normalize(a);
        return na.Length > 0 && na == Normalize(b);
    }
}
