using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Fokus.Web.Features.Exports;

/// <summary>
/// Writes the sheets with MiniExcel: headers in the reader's language, numbers as numbers, dates as Excel dates with a
/// date format, an AutoFilter on every sheet. MiniExcel writes synchronously, so it fills a temporary file that is then
/// copied to the response asynchronously; rows stream through it one at a time.
/// </summary>
internal static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task WriteAsync(IReadOnlyList<IExportSheet> sheets, Stream output, CancellationToken ct)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var workbook = sheets.ToDictionary(s => s.Name, s => Rows(s, ct));
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            FastMode = true,
            DynamicColumns = sheets.SelectMany(s => s.Columns).Where(c => Format(c.Kind) is not null)
                .DistinctBy(c => c.Header).Select(c => new DynamicExcelColumn(c.Header) { Format = Format(c.Kind), Width = 18 }).ToArray(),
        };
        await file.SaveAsAsync(workbook, configuration: configuration, cancellationToken: ct);
        file.Position = 0;
        await file.CopyToAsync(output, ct);
    }

    private static string? Format(ColumnKind kind) => kind switch
    {
        ColumnKind.Date => "yyyy-mm-dd",
        ColumnKind.Timestamp => "yyyy-mm-dd hh:mm",
        ColumnKind.Percent => "0%",
        _ => null,
    };

    /// <summary>Rows keyed by header; an empty sheet is a table with the headers only, so its columns still show.</summary>
    private static object Rows(IExportSheet sheet, CancellationToken ct)
    {
        var rows = sheet.Rows().GetEnumerator();
        if (rows.MoveNext()) return Stream(sheet, rows, ct);
        rows.Dispose();
        var table = new DataTable(sheet.Name);
        foreach (var c in sheet.Columns) table.Columns.Add(c.Header, typeof(string));
        return table;
    }

    /// <summary>Continues the enumerator that was started to see whether the sheet has rows.</summary>
    private static IEnumerable<IDictionary<string, object?>> Stream(IExportSheet sheet, IEnumerator<object?[]> rows, CancellationToken ct)
    {
        using (rows)
        {
            do
            {
                ct.ThrowIfCancellationRequested();
                var values = rows.Current;
                var row = new Dictionary<string, object?>(values.Length);
                for (var i = 0; i < values.Length; i++) row[sheet.Columns[i].Header] = values[i];
                yield return row;
            } while (rows.MoveNext());
        }
    }
}
