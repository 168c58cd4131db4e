using System.Globalization;
using System.Text.RegularExpressions;

namespace Fokus.Core.Imports;

/// <summary>Reads cell text as people and spreadsheets write it. Never guesses silently: a reading that could have
/// gone the other way says so (NumberReading.Alternative), and text that is not clearly a number is null.</summary>
public static partial class ImportValues
{
    private static readonly (string Token, string Code)[] CurrencyTokens =
    [
        ("kronor", "SEK"), ("SEK", "SEK"), ("kr.", "SEK"), ("kr", "SEK"), (":-", "SEK"), (",-", "SEK"),
        ("US$", "USD"), ("USD", "USD"), ("$", "USD"), ("EUR", "EUR"), ("euro", "EUR"), ("€", "EUR"),
        ("GBP", "GBP"), ("£", "GBP"), ("NOK", "NOK"), ("DKK", "DKK"),
    ];

    public static NumberReading? ParseNumber(string? text, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        var negative = false;
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1].Trim(); }
        negative ^= StripSign(ref s);
        var unit = NumberUnit.None;
        if (s.EndsWith('%')) { unit = NumberUnit.Percent; s = s[..^1].TrimEnd(); }
        else if (s.StartsWith('%')) { unit = NumberUnit.Percent; s = s[1..].TrimStart(); }
        var currency = StripCurrency(ref s);
        if (currency is not null)
        {
            if (unit == NumberUnit.Percent) return null;
            unit = NumberUnit.Currency;
            negative ^= StripSign(ref s);
        }
        var digits = ReadDigits(s, culture);
        if (digits is null) return null;
        var (value, alternative, foreign) = digits.Value;
        return negative
            ? new NumberReading(-value, unit, currency, -alternative, foreign)
            : new NumberReading(value, unit, currency, alternative, foreign);
    }

    private static bool StripSign(ref string s)
    {
        if (s.Length < 2 || s[0] is not ('-' or '−' or '–' or '+')) return false;
        var negative = s[0] != '+';
        s = s[1..].TrimStart();
        return negative;
    }

    private static string? StripCurrency(ref string s)
    {
        foreach (var (token, code) in CurrencyTokens)
        {
            if (s.Length > token.Length && s.EndsWith(token, StringComparison.OrdinalIgnoreCase)
                && !(char.IsLetter(token[0]) && char.IsLetter(s[^(token.Length + 1)])))
            {
                s = s[..^token.Length].TrimEnd();
                return code;
            }
            if (s.Length > token.Length && s.StartsWith(token, StringComparison.OrdinalIgnoreCase)
                && !(char.IsLetter(token[^1]) && char.IsLetter(s[token.Length])))
            {
                s = s[token.Length..].TrimStart();
                return code;
            }
        }
        return null;
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
            return Invariant(plain) is { } v ? (v, null, false) : null;
        }
        if (!s.All(c => char.IsAsciiDigit(c) || c is '.' or ',')) return null;
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0)
        {
            var dec = lastDot > lastComma ? '.' : ',';
            var group = dec == '.' ? ',' : '.';
            var cut = Math.Max(lastDot, lastComma);
            if (!IsGrouped(s[..cut], group) || !s[(cut + 1)..].All(char.IsAsciiDigit) || cut == s.Length - 1) return null;
            return Invariant(s[..cut].Replace(group.ToString(), "") + "." + s[(cut + 1)..]) is { } v ? (v, null, false) : null;
        }
        var sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '\0';
        if (sep == '\0') return Invariant(s) is { } i ? (i, null, false) : null;
        if (s.Count(c => c == sep) > 1)
            return IsGrouped(s, sep) && Invariant(s.Replace(sep.ToString(), "")) is { } g ? (g, null, false) : null;
        var whole = s[..s.IndexOf(sep)];
        var fraction = s[(s.IndexOf(sep) + 1)..];
        if (fraction.Length == 0) return null;
        var asDecimal = Invariant((whole.Length == 0 ? "0" : whole) + "." + fraction);
        if (asDecimal is null) return null;
        var cultureDecimal = culture.NumberFormat.NumberDecimalSeparator == sep.ToString();
        if (fraction.Length != 3 || whole.Length is 0 or > 3 || whole[0] == '0')
            return (asDecimal.Value, null, !cultureDecimal);
        // "2,610": both readings are possible; the file's culture decides and the other reading is kept. A separator
        // that is neither the culture's decimal nor its group separator ("2.125" in Swedish, where groups are spaced)
        // comes from an English or spreadsheet source, so it is a decimal point.
        var asThousands = Invariant(whole + fraction)!.Value;
        var cultureGroup = culture.NumberFormat.NumberGroupSeparator == sep.ToString();
        return cultureDecimal || !cultureGroup ? (asDecimal.Value, asThousands, false) : (asThousands, asDecimal.Value, false);
    }

    private static bool IsGrouped(string s, char group)
    {
        var parts = s.Split(group);
        return parts[0].Length is >= 1 and <= 3 && parts[0].All(char.IsAsciiDigit)
            && parts.Skip(1).All(p => p.Length == 3 && p.All(char.IsAsciiDigit));
    }

    // Dividing by 1.000… drops trailing zeros of the scale, so "2.610" is kept as 2.61.
    private static decimal? Invariant(string s) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v / 1.000000000000000000000000000000000m : null;
}
