using System.Globalization;

namespace Fokus.Core.Rules;

/// <summary>The pieces of number text that the import (a file's cells) and typed input (a form's fields) read alike:
/// signs, currency marks, digit groups. Each caller keeps its own rules for what a separator means.</summary>
internal static class NumberText
{
    private static readonly (string Token, string Code)[] CurrencyTokens =
    [
        ("kronor", "SEK"), ("SEK", "SEK"), ("kr.", "SEK"), ("kr", "SEK"), (":-", "SEK"), (",-", "SEK"),
        ("US$", "USD"), ("USD", "USD"), ("$", "USD"), ("EUR", "EUR"), ("euro", "EUR"), ("€", "EUR"),
        ("GBP", "GBP"), ("£", "GBP"), ("NOK", "NOK"), ("DKK", "DKK"),
    ];

    /// <summary>Space, no-break space, narrow no-break space, thin space: what people and Swedish formatting group with.</summary>
    public static bool IsSpaceLike(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>Removes a leading sign: hyphen-minus, the minus sign U+2212 (Swedish formatting writes it), en dash, plus.</summary>
    public static bool StripSign(ref string s)
    {
        if (s.Length < 2 || s[0] is not ('-' or '−' or '–' or '+')) return false;
        var negative = s[0] != '+';
        s = s[1..].TrimStart();
        return negative;
    }

    /// <summary>Removes a currency mark before or after the amount and answers its ISO code.</summary>
    public static string? StripCurrency(ref string s)
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

    /// <summary>"1,234,567" with <paramref name="group"/> ',': a first group of 1–3 digits, then groups of exactly 3.</summary>
    public static bool IsGrouped(string s, char group)
    {
        var parts = s.Split(group);
        return parts[0].Length is >= 1 and <= 3 && parts[0].All(char.IsAsciiDigit)
            && parts.Skip(1).All(p => p.Length == 3 && p.All(char.IsAsciiDigit));
    }

    // Dividing by 1.000… drops trailing zeros of the scale, so "2.610" is kept as 2.61.
    public static decimal? Invariant(string s) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v / 1.000000000000000000000000000000000m : null;
}
