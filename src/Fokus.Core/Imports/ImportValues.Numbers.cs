using System.Globalization;
using System.Text.RegularExpressions;
using Fokus.Core.Rules;

namespace Fokus.Core.Imports;

/// <summary>Reads cell text as people and spreadsheets write it. Never guesses silently: a reading that could have
/// gone the other way says so (NumberReading.Alternative), and text that is not clearly a number is null.</summary>
public static partial class ImportValues
{
    public static NumberReading? ParseNumber(string? text, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        var negative = false;
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1].Trim(); }
        negative ^= NumberText.StripSign(ref s);
        var unit = NumberUnit.None;
        if (s.EndsWith('%')) { unit = NumberUnit.Percent; s = s[..^1].TrimEnd(); }
        else if (s.StartsWith('%')) { unit = NumberUnit.Percent; s = s[1..].TrimStart(); }
        var currency = NumberText.StripCurrency(ref s);
        if (currency is not null)
        {
            if (unit == NumberUnit.Percent) return null;
            unit = NumberUnit.Currency;
            negative ^= NumberText.StripSign(ref s);
        }
        var digits = ReadDigits(s, culture);
        if (digits is null) return null;
        var (value, alternative, foreign) = digits.Value;
        return negative
            ? new NumberReading(-value, unit, currency, -alternative, foreign)
            : new NumberReading(value, unit, currency, alternative, foreign);
    }

    // Space-like thousands separators: space, no-break space, narrow no-break space, thin space, apostrophes.
    [GeneratedRegex(@"^\d{1,3}([ \u00A0\u202F\u2009'’]\d{3})+([.,]\d+)?$")]
    private static partial Regex SpaceGrouped();

    [GeneratedRegex(@"^\d+(\.\d+)?[eE][+-]?\d+$")]
    private static partial Regex Exponent();

    private static (decimal Value, decimal? Alternative, bool Foreign)? ReadDigits(string s, CultureInfo culture)
    {
        if (s.Length == 0) return null;
        if (Exponent().IsMatch(s))
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) < 7.9e27
                ? ((decimal)d, null, false) : null;
        if (s.Any(c => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '’'))
        {
            if (!SpaceGrouped().IsMatch(s)) return null;
            var plain = new string(s.Where(c => char.IsAsciiDigit(c) || c is '.' or ',').ToArray()).Replace(',', '.');
            return NumberText.Invariant(plain) is { } v ? (v, null, false) : null;
        }
        if (!s.All(c => char.IsAsciiDigit(c) || c is '.' or ',')) return null;
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0)
        {
            var dec = lastDot > lastComma ? '.' : ',';
            var group = dec == '.' ? ',' : '.';
            var cut = Math.Max(lastDot, lastComma);
            if (!NumberText.IsGrouped(s[..cut], group) || !s[(cut + 1)..].All(char.IsAsciiDigit) || cut == s.Length - 1) return null;
            return NumberText.Invariant(s[..cut].Replace(group.ToString(), "") + "." + s[(cut + 1)..]) is { } v ? (v, null, false) : null;
        }
        var sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '\0';
        if (sep == '\0') return NumberText.Invariant(s) is { } i ? (i, null, false) : null;
        if (s.Count(c => c == sep) > 1)
            return NumberText.IsGrouped(s, sep) && NumberText.Invariant(s.Replace(sep.ToString(), "")) is { } g ? (g, null, false) : null;
        var whole = s[..s.IndexOf(sep)];
        var fraction = s[(s.IndexOf(sep) + 1)..];
        if (fraction.Length == 0) return null;
        var asDecimal = NumberText.Invariant((whole.Length == 0 ? "0" : whole) + "." + fraction);
        if (asDecimal is null) return null;
        var cultureDecimal = culture.NumberFormat.NumberDecimalSeparator == sep.ToString();
        if (fraction.Length != 3 || whole.Length is 0 or > 3 || whole[0] == '0')
            return (asDecimal.Value, null, !cultureDecimal);
        // "2,610": both readings are possible; the file's culture decides and the other reading is kept. A separator
        // that is neither the culture's decimal nor its group separator ("2.125" in Swedish, where groups are spaced)
        // comes from an English or spreadsheet source, so it is a decimal point.
        var asThousands = NumberText.Invariant(whole + fraction)!.Value;
        var cultureGroup = culture.NumberFormat.NumberGroupSeparator == sep.ToString();
        return cultureDecimal || !cultureGroup ? (asDecimal.Value, asThousands, false) : (asThousands, asDecimal.Value, false);
    }
}
