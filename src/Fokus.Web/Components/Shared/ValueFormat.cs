using System.Globalization;
using Fokus.Core.Model;

namespace Fokus.Web.Components.Shared;

/// <summary>Key-result values as a reader of the culture expects them: "1 234,5 kr" in Swedish, "1,234.5" in English.</summary>
public static class ValueFormat
{
    public static string Number(decimal value, CultureInfo culture) =>
        value.ToString("#,##0.####", culture);

    public static string Value(decimal value, KeyResultType type, string unit, string? currencyCode, CultureInfo culture) => type switch
    {
        KeyResultType.Percent => $"{Number(value, culture)}\u00a0%",
        KeyResultType.Currency => Currency(value, currencyCode, culture),
        _ => string.IsNullOrWhiteSpace(unit) ? Number(value, culture) : $"{Number(value, culture)}\u00a0{unit}",
    };

    /// <summary>Swedish writes the currency after the amount ("1 234,5 kr"); English puts $, € and £ first and other codes after.</summary>
    public static string Currency(decimal value, string? code, CultureInfo culture)
    {
        var number = Number(value, culture);
        var iso = string.IsNullOrWhiteSpace(code) ? "SEK" : code.Trim().ToUpperInvariant();
        if (culture.TwoLetterISOLanguageName == "sv")
            return $"{number}\u00a0{(iso is "SEK" or "NOK" or "DKK" ? "kr" : iso)}";
        return iso switch
        {
            "USD" => $"${number}",
            "EUR" => $"€{number}",
            "GBP" => $"£{number}",
            _ => $"{number}\u00a0{iso}",
        };
    }

    public static string Percent(double fraction, CultureInfo culture) => fraction.ToString("P0", culture);

    /// <summary>Dates without a time; times and moments go through <see cref="TimeText"/> in the reader's zone.</summary>
    public static string Date(DateOnly date, CultureInfo culture) => TimeText.Date(date, culture);
}
