using System.Globalization;

namespace Fokus.Core.Rules;

public enum TypedNumberState { Empty, Number, Question, Invalid }

public enum TypedNumberProblem { None, NotANumber, NotWhole }

/// <summary>
/// What a person typed into a number field, read in their culture. It never guesses: text that fits the culture's
/// separators is a Number; text that only fits the other convention ("2,61" in English, "2.61" in Swedish, "1.000.000"
/// in either) is a Question with the readings to offer; anything else is Invalid. Rules, for a culture with decimal
/// separator D and group separator G:
/// <list type="bullet">
/// <item>One D, digits on both sides or none before it (".5"); groups of G or of spaces (space, U+00A0, U+202F, U+2009)
/// in the whole part only, 1–3 digits then exactly 3, not starting with 0. So "1,000" in English is 1000 and
/// "1,000" in Swedish is 1 (its decimal comma); "1 000" is 1000 in both.</item>
/// <item>A leading sign: "-", "−" (U+2212, which Swedish formatting writes), "–" or "+". A trailing "%" and a
/// currency mark ("kr", "SEK", "$", "€"…) are ignored; the key result's type decides the unit.</item>
/// <item>Otherwise the text is read with "." as decimal and "," as group, and with "," as decimal and "." as group;
/// every reading that fits becomes a suggestion ("2.610" in Swedish: 2,61 or 2 610).</item>
/// </list>
/// </summary>
public sealed record TypedNumber(TypedNumberState State, decimal? Value, IReadOnlyList<decimal> Suggestions, TypedNumberProblem Problem)
{
    public static readonly TypedNumber Empty = new(TypedNumberState.Empty, null, [], TypedNumberProblem.None);

    public bool IsNumber => State == TypedNumberState.Number;

    public static TypedNumber Read(string? text, CultureInfo culture, bool wholeNumber = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var s = text.Trim();
        var negative = NumberText.StripSign(ref s);
        if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        if (NumberText.StripCurrency(ref s) is not null) negative ^= NumberText.StripSign(ref s);
        var format = culture.NumberFormat;
        var dec = format.NumberDecimalSeparator is [var d] ? d : '.';
        var group = format.NumberGroupSeparator is [var g] ? g : ' ';
        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ',' || c == dec || c == group || NumberText.IsSpaceLike(c)))
            return Invalid(TypedNumberProblem.NotANumber);
        var sign = negative ? -1m : 1m;
        if (Reading(s, dec, group) is { } value)
            return !wholeNumber || IsWhole(value)
                ? new(TypedNumberState.Number, sign * value, [], TypedNumberProblem.None)
                : Invalid(TypedNumberProblem.NotWhole);
        var readings = new[] { Reading(s, '.', ','), Reading(s, ',', '.') }.OfType<decimal>().Distinct().ToList();
        if (readings.Count == 0) return Invalid(TypedNumberProblem.NotANumber);
        var offered = readings.Where(r => !wholeNumber || IsWhole(r)).Select(r => sign * r).ToList();
        return offered.Count == 0 ? Invalid(TypedNumberProblem.NotWhole) : new(TypedNumberState.Question, null, offered, TypedNumberProblem.None);
    }

    /// <summary>The value as the culture writes it, every decimal kept, so that reading it back gives the same value.</summary>
    public static string Format(decimal value, CultureInfo culture) => value.ToString("#,##0.############################", culture);

    private static TypedNumber Invalid(TypedNumberProblem problem) => new(TypedNumberState.Invalid, null, [], problem);

    private static bool IsWhole(decimal v) => v == decimal.Truncate(v) && v is >= int.MinValue and <= int.MaxValue;

    // The text read with `dec` as the decimal separator and `group` (or spaces) between groups of three; null when it does not fit.
    private static decimal? Reading(string s, char dec, char group)
    {
        var cut = s.IndexOf(dec);
        if (cut >= 0 && s.IndexOf(dec, cut + 1) >= 0) return null;
        var whole = cut >= 0 ? s[..cut] : s;
        var fraction = cut >= 0 ? s[(cut + 1)..] : "";
        if (cut >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))) return null;
        if (whole.Length == 0) return cut >= 0 ? NumberText.Invariant("0." + fraction) : null;
        if (!whole.All(char.IsAsciiDigit))
        {
            var marks = whole.Where(c => !char.IsAsciiDigit(c)).Distinct().ToList();
            var spaced = marks.All(NumberText.IsSpaceLike);
            if (!spaced && (marks.Count != 1 || marks[0] != group)) return null;
            var mark = spaced ? ' ' : group;
            var uniform = spaced ? new string(whole.Select(c => NumberText.IsSpaceLike(c) ? ' ' : c).ToArray()) : whole;
            if (!NumberText.IsGrouped(uniform, mark) || uniform[0] == '0') return null;
            whole = new string(whole.Where(char.IsAsciiDigit).ToArray());
        }
        return NumberText.Invariant(cut >= 0 ? whole + "." + fraction : whole);
    }
}
