using System.Globalization;
using System.Text.RegularExpressions;
using Fokus.Core.Exchange;

namespace Fokus.Core.Imports;

public static partial class ImportValues
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly HashSet<string> SwedishHeaders = KeyResultSheetColumns.All.Where(c => !ImportText.Same(c.English, c.Swedish))
        .Select(c => ImportText.Normalize(c.Swedish))
        .Concat(["kvartal", "startvarde", "nuvarande", "utfall", "riktning", "vikt", "tilltro", "enhet", "agare", "ansvarig",
            "avdelning", "malsattning", "resultatmatt", "utgangslage", "aktuellt varde", "typ", "beskrivning"]).ToHashSet();

    private static readonly HashSet<string> EnglishHeaders = KeyResultSheetColumns.All.Where(c => !ImportText.Same(c.English, c.Swedish))
        .Select(c => ImportText.Normalize(c.English))
        .Concat(["objective", "key result", "baseline", "current", "owner", "weight", "confidence", "direction", "unit", "type",
            "quarter", "goal", "title", "actual", "description"]).ToHashSet();

    [GeneratedRegex(@"(^|[^\d.,])\d{1,3}([ \u00A0\u202F]\d{3})*,\d{1,2}($|[^\d.,])|\d[ \u00A0\u202F]\d{3}($|[^\d])|\d\s?(kr|:-)$", RegexOptions.IgnoreCase)]
    private static partial Regex SwedishNumber();

    [GeneratedRegex(@"(^|[^\d.,])\d+\.\d{1,2}($|[^\d.,])|\d,\d{3}\.\d|^\d{1,2}/\d{1,2}/\d{4}$")]
    private static partial Regex EnglishNumber();

    /// <summary>The language a sheet is written in, when the person has not said: its numbers (decimal comma or spaced
    /// thousands against decimal point, comma thousands or M/d/yyyy dates) vote, its headers break a tie, else the fallback.
    /// Only a suggestion for the import page: the person confirms it, and ambiguous numbers still warn.</summary>
    public static CultureInfo GuessCulture(ImportSheet sheet, CultureInfo fallback)
    {
        int sv = 0, en = 0;
        foreach (var cell in sheet.Rows.Take(1000).SelectMany(r => r.Cells))
        {
            if (cell.Length is 0 or > 40) continue;
            if (SwedishNumber().IsMatch(cell)) sv++;
            else if (EnglishNumber().IsMatch(cell)) en++;
        }
        // The culture only reads numbers and dates (words are understood in both languages), so headers only break a tie.
        if (sv == en)
        {
            var names = sheet.Headers.Select(ImportText.Normalize).ToList();
            sv = names.Count(SwedishHeaders.Contains);
            en = names.Count(EnglishHeaders.Contains);
        }
        return sv > en ? Swedish : en > sv ? English : fallback;
    }
}
