using System.Globalization;
using System.Text.Json;
using Fokus.Core.Imports;
using Fokus.Web.Features.Imports.Reading;

namespace Fokus.Web.Features.Imports;

/// <summary>A session's file read, its mapping chosen and planned by Core: everything a preview or an apply starts from.</summary>
internal sealed record PreparedImport(ImportSource Source, ImportMapping Suggested, ImportMapping Mapping, ImportPlan Plan)
{
    public IReadOnlyList<string> Headers => Source.Sheet?.Headers ?? [];

    /// <summary>The file's own header for a field's column, so problems name what the person sees in the spreadsheet.</summary>
    public string Column(ImportField field) =>
        Mapping.ColumnOf(field) is { } c && c >= 0 && c < Headers.Count && Headers[c].Length > 0 ? Headers[c] : JsonNamingPolicy.CamelCase.ConvertName(field.ToString());
}

internal static class ImportPlanning
{
    public static PreparedImport Prepare(ImportSource source, string mappingJson, CultureInfo culture)
    {
        if (source.Document is { } document)
        {
            var none = new ImportMapping(ImportLayout.FokusSheet, new Dictionary<ImportField, int>());
            return new PreparedImport(source, none, none, ImportPlanner.PlanDocument(document));
        }
        var sheet = source.Sheet!;
        var suggested = ImportLayoutDetector.Detect(sheet.Headers);
        var mapping = ReadMapping(mappingJson, suggested.Layout) ?? suggested;
        return new PreparedImport(source, suggested, mapping, ImportPlanner.Plan(sheet, mapping, SheetCulture(source.Format, culture)));
    }

    /// <summary>An XLSX reader writes stored numbers with a decimal point whatever the language, so a Swedish workbook's
    /// numbers are not "unusual"; text cells still read in the file's language.</summary>
    private static CultureInfo SheetCulture(string format, CultureInfo culture)
    {
        if (format != "xlsx" || culture.NumberFormat.NumberDecimalSeparator == ".") return culture;
        var sheetCulture = (CultureInfo)culture.Clone();
        sheetCulture.NumberFormat.NumberDecimalSeparator = ".";
        return sheetCulture;
    }

    public static string WriteMapping(IReadOnlyDictionary<ImportField, int> columns) =>
        JsonSerializer.Serialize(columns.ToDictionary(c => c.Key.ToString(), c => c.Value));

    private static ImportMapping? ReadMapping(string json, ImportLayout layout)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        var stored = JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];
        var columns = stored.Where(c => Enum.TryParse<ImportField>(c.Key, out _))
            .ToDictionary(c => Enum.Parse<ImportField>(c.Key), c => c.Value);
        return new ImportMapping(layout, columns);
    }

    /// <summary>Field names as the API writes them: camelCase.</summary>
    public static IReadOnlyDictionary<string, int> ToApi(IReadOnlyDictionary<ImportField, int> columns) =>
        columns.OrderBy(c => c.Key).ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()), c => c.Value);

    /// <summary>The organisation's language decides how "1,5" and "03/04" read unless the caller names a culture.</summary>
    public static string DefaultCulture(string language) => language == "en" ? "en-US" : "sv-SE";

    public static CultureInfo? ParseCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            var culture = CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
            return culture.Equals(CultureInfo.InvariantCulture) ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
