namespace Fokus.Core.Imports;

/// <summary>What a number cell said besides its value.</summary>
public enum NumberUnit { None, Percent, Currency }

/// <summary>A number read from a cell. When the text allowed two readings (a lone "2,610"), Ambiguous is set and
/// Alternative holds the reading not taken; ForeignDecimal marks a decimal separator that is not the file culture's
/// ("2,61" in an English file), which is read as a decimal but worth a warning.</summary>
public sealed record NumberReading(decimal Value, NumberUnit Unit, string? CurrencyCode, decimal? Alternative = null,
    bool ForeignDecimal = false)
{
    public bool Ambiguous => Alternative is not null;
}
