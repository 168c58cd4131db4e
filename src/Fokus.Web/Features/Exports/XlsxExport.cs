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

    /// <summary>Excel shows at most 1,048,576 rows; a longer sheet continues in "Name (2)", "Name (3)", ….</summary>
    public const int MaxRows = 1_048_575;

    /// <summary>rowCounts: the expected rows of sheets that may pass Excel's limit (the check-ins), by sheet key.</summary>
    public static async Task WriteAsync(IReadOnlyList<IExportSheet> sheets, IReadOnlyDictionary<string, int> rowCounts, Stream output,
        CancellationToken ct)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var pieces = Math.Max(1, (rowCounts.GetValueOrDefault(sheet.Key) + MaxRows - 1) / MaxRows);
            var rows = new RowCursor(sheet.Rows().GetEnumerator());
            for (var i = 0; i < pieces; i++)
                workbook[i == 0 ? sheet.Name : $"{sheet.Name} ({i + 1})"] = rows.Any()
                    ? Stream(sheet, rows.Take(i == pieces - 1 ? int.MaxValue : MaxRows), ct)
                    : Empty(sheet);
        }
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

    /// <summary>An empty sheet is a table with the headers only, so its columns still show.</summary>
    private static DataTable Empty(IExportSheet sheet)
    {
        var table = new DataTable(sheet.Name);
        foreach (var c in sheet.Columns) table.Columns.Add(c.Header, typeof(string));
        return table;
    }

    private static IEnumerable<IDictionary<string, object?>> Stream(IExportSheet sheet, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        foreach (var values in rows)
        {
            ct.ThrowIfCancellationRequested();
            var row = new Dictionary<string, object?>(values.Length);
            for (var i = 0; i < values.Length; i++) row[sheet.Columns[i].Header] = values[i];
            yield return row;
        }
    }

    /// <summary>One pass over a sheet's rows that can look ahead (is there a row?) and hand out the rows in pieces.</summary>
    private sealed class RowCursor(IEnumerator<object?[]> rows)
    {
        private bool ahead, has;

        public bool Any()
        {
            if (!ahead) (ahead, has) = (true, rows.MoveNext());
            return has;
        }

        public IEnumerable<object?[]> Take(int limit)
        {
            for (var n = 0; n < limit && Any(); n++)
            {
                ahead = false;
                yield return rows.Current;
            }
        }
    }
}
