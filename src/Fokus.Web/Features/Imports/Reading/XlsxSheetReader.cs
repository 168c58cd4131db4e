using System.Globalization;
using Fokus.Core.Imports;
using MiniExcelLibs;

namespace Fokus.Web.Features.Imports.Reading;

/// <summary>One sheet of an XLSX workbook as text: numbers in the invariant culture and dates as yyyy-MM-dd, so Core reads them as written.</summary>
internal static class XlsxSheetReader
{
    public static IReadOnlyList<string> SheetNames(byte[] content)
    {
        XlsxSizeGuard.Check(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return MiniExcel.GetSheetNames(stream);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportReadException("Import.File.NotXlsx");
        }
    }

    public static ImportSheet Read(byte[] content, IReadOnlyList<string> sheets, string? sheet)
    {
        // Fokus's own workbook starts with its objectives sheet; the key-results sheet is the one that imports.
        var name = sheet is null ? sheets.FirstOrDefault(s => s is "Key results" or "Nyckelresultat") ?? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => string.Equals(s, sheet.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null) throw new ImportReadException("Import.File.NoSuchSheet", sheet ?? "");
        var records = new List<string[]>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: name))
            {
                if (records.Count > ImportLimits.MaxRows) throw new ImportReadException("Import.File.TooManyRows", ImportLimits.MaxRows);
                records.Add(row.Values.Select(Text).ToArray());
            }
        }
        catch (Exception e) when (e is not (ImportReadException or OperationCanceledException))
        {
            throw new ImportReadException("Import.File.NotXlsx");
        }
        if (records.Count == 0) throw new ImportReadException("Import.File.Empty");
        var rows = records.Skip(1).Select((cells, i) => new ImportRow(i + 2, cells))
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        return new ImportSheet(name, records[0].Select(h => h.Trim()).ToList(), rows);
    }

    /// <summary>A stored number is never ambiguous: "2.615" gets a trailing zero so it cannot read as 2615.</summary>
    private static string NumberText(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        return point >= 0 && text.Length - point - 1 == 3 ? text + "0" : text;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 7.9e27 => NumberText((decimal)d),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
