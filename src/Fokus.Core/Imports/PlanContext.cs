using System.Globalization;

namespace Fokus.Core.Imports;

/// <summary>What every layout's planner shares: the sheet's headers for naming columns in problems, the file's
/// culture for reading numbers and dates, and the list of problems found so far.</summary>
internal sealed class PlanContext(IReadOnlyList<string> headers, CultureInfo culture)
{
    public List<ImportProblem> Problems { get; } = [];
    public CultureInfo Culture => culture;

    /// <summary>The header as the file writes it; the field's name when the file has no such column.</summary>
    public string Header(int? column, ImportField field) =>
        column is { } c && c >= 0 && c < headers.Count && !string.IsNullOrWhiteSpace(headers[c]) ? headers[c].Trim() : field.ToString();

    public void Error(int row, int? column, ImportField field, string key, params string[] args) =>
        Problems.Add(new ImportProblem(row, Header(column, field), key, args));

    public void Warn(int row, int? column, ImportField field, string key, params string[] args) =>
        Problems.Add(new ImportProblem(row, Header(column, field), key, args, IsError: false));

    public static string Text(ImportRow row, int? column) => column is { } c ? row.Cell(c) : "";

    /// <summary>A number cell: empty is null; text that is no number is an error; a reading that could have gone the
    /// other way, or a decimal separator foreign to the file's culture, is a warning that says what was taken.</summary>
    public NumberReading? Number(ImportRow row, int? column, ImportField field)
    {
        var text = Text(row, column);
        if (text.Length == 0) return null;
        var n = ImportValues.ParseNumber(text, culture);
        if (n is null) Error(row.Number, column, field, ImportProblems.NotANumber, text);
        else if (n.Alternative is { } other)
            Warn(row.Number, column, field, ImportProblems.AmbiguousNumber, text, Invariant(n.Value), Invariant(other));
        else if (n.ForeignDecimal)
            Warn(row.Number, column, field, ImportProblems.UnusualDecimalSeparator, text, Invariant(n.Value));
        return n;
    }

    public DateOnly? Date(ImportRow row, int? column, ImportField field)
    {
        var text = Text(row, column);
        if (text.Length == 0) return null;
        var d = ImportValues.ParseDate(text, culture);
        if (d is null) Error(row.Number, column, field, ImportProblems.NotADate, text);
        return d;
    }

    public void Length(int row, int? column, ImportField field, string text, int max)
    {
        if (text.Length > max) Error(row, column, field, ImportProblems.TooLong, max.ToString(CultureInfo.InvariantCulture));
    }

    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
