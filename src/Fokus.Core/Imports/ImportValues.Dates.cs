using System.Globalization;
using System.Text.RegularExpressions;

namespace Fokus.Core.Imports;

public static partial class ImportValues
{
    private static readonly string[] MonthNamePatterns = ["d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "d MMM, yyyy", "MMM d, yyyy", "MMMM d, yyyy"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([ T].*)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4,6}(\.\d+)?$")]
    private static partial Regex ExcelSerial();

    /// <summary>ISO (yyyy-MM-dd, with or without a time), the culture's short date (sv 2026-12-02, en 12/2/2026),
    /// day and month name (2 Dec 2026, 2 december 2026) in the culture or English, and Excel serial numbers.</summary>
    public static DateOnly? ParseDate(string? text, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (IsoDate().IsMatch(s))
            return DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        if (ExcelSerial().IsMatch(s))
        {
            var serial = double.Parse(s, CultureInfo.InvariantCulture);
            return serial is >= 1 and < 2958466 ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
        }
        if (DateOnly.TryParseExact(s, culture.DateTimeFormat.ShortDatePattern, culture, DateTimeStyles.AllowWhiteSpaces, out var shortDate))
            return shortDate;
        var words = s.Replace(".", "");
        foreach (var c in new[] { culture, CultureInfo.InvariantCulture })
            foreach (var pattern in MonthNamePatterns)
                if (DateOnly.TryParseExact(words, pattern, c, DateTimeStyles.AllowWhiteSpaces, out var named)) return named;
        // Swedish abbreviations carry a dot ("2 dec. 2026") that the culture's own names expect.
        foreach (var pattern in MonthNamePatterns)
            if (DateOnly.TryParseExact(s, pattern, culture, DateTimeStyles.AllowWhiteSpaces, out var dotted)) return dotted;
        return null;
    }
}
