using System.Globalization;
using Fokus.Core.Exchange;
using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Imports;

/// <summary>The kinds of row a goal list mixes (Viva Goals' Type column, a Row ID sheet's kind column).</summary>
public enum ImportRowKind { Objective, KeyResult, Initiative }

public static partial class ImportValues
{
    /// <summary>Direction from a word in English or Swedish, a comparison sign, or ExchangeWords; null when unknown.
    /// A bare "maintain"/"behåll" means keeping a level at least (the common reading of a health metric).</summary>
    public static Direction? ParseDirection(string? text) =>
        ExchangeWords.Parse<Direction>(text) ?? Lookup(ImportWordLists.Directions, text);

    /// <summary>The direction implied by the numbers when no word says it.</summary>
    public static Direction DirectionFrom(decimal start, decimal target) => target < start ? Direction.Decrease : Direction.Increase;

    public static KeyResultType? ParseType(string? text) =>
        ExchangeWords.Parse<KeyResultType>(text) ?? Lookup(ImportWordLists.Types, text);

    /// <summary>The type a value's text implies: "45 %" → Percent, "12 500 kr" → Currency; null when it says nothing.</summary>
    public static KeyResultType? TypeFrom(NumberReading? reading) => reading?.Unit switch
    {
        NumberUnit.Percent => KeyResultType.Percent,
        NumberUnit.Currency => KeyResultType.Currency,
        _ => null,
    };

    public static ObjectiveLevel? ParseLevel(string? text) =>
        ExchangeWords.Parse<ObjectiveLevel>(text) ?? Lookup(ImportWordLists.Levels, text);

    public static ImportRowKind? ParseRowKind(string? text) => Lookup(ImportWordLists.RowKinds, text);

    /// <summary>Yes/no for a milestone: ja, nej, done, klar, x, 1, 0, 100 %, …; null when it is none of them.</summary>
    public static bool? ParseDone(string? text) => Lookup(ImportWordLists.DoneWords, text);

    /// <summary>A currency written as a code, symbol or word ("SEK", "kr", "€"); null when none.</summary>
    public static string? ParseCurrency(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length == 3 && KnownCurrencyCodes.Value.Contains(t.ToUpperInvariant())) return t.ToUpperInvariant();
        var s = "1 " + t;
        return NumberText.StripCurrency(ref s);
    }

    // The ISO codes .NET knows from its regions, so that a unit such as "NPS" or "pcs" is not taken for money.
    private static readonly Lazy<HashSet<string>> KnownCurrencyCodes = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return ""; } })
        .Where(code => code.Length == 3).ToHashSet(StringComparer.Ordinal));

    private static T? Lookup<T>(IReadOnlyDictionary<string, T> words, string? text) where T : struct =>
        words.TryGetValue(ImportText.Normalize(text), out var v) ? v : null;
}
