using System.Globalization;
using System.Text;
using CsvHelper;

namespace Fokus.Web.Features.Exports;

/// <summary>
/// One table as CSV, the way Excel opens it in the reader's locale: UTF-8 with a BOM; in Swedish ';' and a decimal comma,
/// in English ',' and a decimal point; dates in ISO (timestamps in UTC). Rows stream straight to the response.
/// </summary>
internal static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync(IExportSheet sheet, bool swedish, Stream output, CancellationToken ct)
    {
        var numbers = new NumberFormatInfo
        {
            NumberDecimalSeparator = swedish ? "," : ".",
            NumberGroupSeparator = "",
            NegativeSign = "-", // not the Unicode minus of .NET's Swedish culture, which Excel reads as text
        };
        var options = new CsvWriterOptions
        {
            Separator = swedish ? ';' : ',',
            WriteByteOrderMark = true,
            // A title starting with = or + must not run as a formula in the spreadsheet; numbers are written as numbers, so stay.
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync(sheet.Columns.Select(c => c.Header).ToArray(), ct);
        await foreach (var row in sheet.RowsAsync(ct))
        {
            for (var i = 0; i < row.Length; i++) Cell(csv, row[i], sheet.Columns[i].Kind, numbers);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private static void Cell(CsvWriter csv, object? value, ColumnKind kind, NumberFormatInfo numbers)
    {
        switch (value)
        {
            case DateTime d: csv.WriteField(d, kind == ColumnKind.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture); break;
            case decimal m: csv.WriteField(m, "0.####", numbers); break;
            case double x: csv.WriteField(x, "0.####", numbers); break;
            case int n: csv.WriteField(n, "0", numbers); break;
            default: csv.WriteField(value?.ToString()); break;
        }
    }
}
