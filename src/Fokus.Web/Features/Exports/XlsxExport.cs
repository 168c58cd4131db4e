using System.Collections;
using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Fokus.Web.Features.Exports;

/// <summary>
/// Writes the sheets with MiniExcel: headers in the reader's language, numbers as numbers, dates as Excel dates with a
/// date format, an AutoFilter on every sheet. MiniExcel writes synchronously, so it fills a temporary file that is then
/// copied to the response asynchronously. Rows stream through one at a time: each sheet is handed over as a collection
/// that knows its size without holding its rows (otherwise MiniExcel lists them all, or keeps the whole zip in memory).
/// </summary>
internal static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel shows at most 1,048,576 rows; a longer sheet continues in "Name (2)", "Name (3)", ….</summary>
    public const int MaxRows = 1_048_575;

    /// <summary>maxRows: Excel's limit; tests pass a small one to see a sheet continue.</summary>
    public static async Task WriteAsync(IReadOnlyList<IExportSheet> sheets, Stream output, CancellationToken ct, int maxRows = MaxRows)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var count = sheet.Count ?? throw new InvalidOperationException($"The size of sheet {sheet.Key} must be known.");
            var rows = sheet.Rows().GetEnumerator();
            var pieces = Math.Max(1, (count + maxRows - 1) / maxRows);
            for (var i = 0; i < pieces; i++)
            {
                var size = Math.Min(maxRows, count - i * maxRows);
                workbook[i == 0 ? sheet.Name : $"{sheet.Name} ({i + 1})"] =
                    size <= 0 ? Empty(sheet) : new CountedRows(size, Stream(sheet, rows, size, ct));
            }
        }
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            FastMode = false, // FastMode keeps the whole archive in memory
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

    /// <summary>Up to limit rows keyed by header, continuing the sheet's one enumerator (a later piece goes on from here).</summary>
    private static IEnumerable<IDictionary<string, object?>> Stream(IExportSheet sheet, IEnumerator<object?[]> rows, int limit, CancellationToken ct)
    {
        for (var n = 0; n < limit && rows.MoveNext(); n++)
        {
            ct.ThrowIfCancellationRequested();
            var values = rows.Current;
            var row = new Dictionary<string, object?>(values.Length);
            for (var i = 0; i < values.Length; i++) row[sheet.Columns[i].Header] = values[i];
            yield return row;
        }
    }

    /// <summary>A sized, single-pass collection: MiniExcel reads Count for the sheet's dimension, then enumerates once.</summary>
    private sealed class CountedRows(int count, IEnumerable<IDictionary<string, object?>> rows)
        : ICollection, IEnumerable<IDictionary<string, object?>>
    {
        public int Count => count;
        public bool IsSynchronized => false;
        public object SyncRoot => this;

        public void CopyTo(Array array, int index)
        {
            foreach (var row in rows) array.SetValue(row, index++);
        }

        public IEnumerator<IDictionary<string, object?>> GetEnumerator() => rows.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
