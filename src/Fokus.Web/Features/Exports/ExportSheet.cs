using System.Runtime.CompilerServices;

namespace Fokus.Web.Features.Exports;

/// <summary>How a writer shows a cell: XLSX gives dates a date format and progress a percent format; CSV writes dates as ISO.</summary>
internal enum ColumnKind { Text, Number, Percent, Date, Timestamp }

internal sealed record ExportColumn(string Header, ColumnKind Kind = ColumnKind.Text);

/// <summary>One table of an export (a sheet in XLSX, the file in CSV) with typed cell values: numbers stay numbers, dates dates.</summary>
internal interface IExportSheet
{
    string Key { get; }
    string Name { get; }
    IReadOnlyList<ExportColumn> Columns { get; }
    /// <summary>How many rows, when known without reading them (MiniExcel writes the sheet's size first).</summary>
    int? Count { get; }
    IEnumerable<object?[]> Rows();
    IAsyncEnumerable<object?[]> RowsAsync(CancellationToken ct);
}

internal sealed class ExportSheet<T>(string key, string name, IReadOnlyList<(ExportColumn Column, Func<T, object?> Value)> cells,
    IEnumerable<T> source, int? count = null) : IExportSheet
{
    public int? Count => count ?? (source as IReadOnlyCollection<T>)?.Count;
    public string Key => key;
    public string Name => name;
    public IReadOnlyList<ExportColumn> Columns { get; } = cells.Select(c => c.Column).ToList();

    public IEnumerable<object?[]> Rows() => source.Select(Row);

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (source is IAsyncEnumerable<T> rows)
        {
            await foreach (var row in rows.WithCancellation(ct)) yield return Row(row);
            yield break;
        }
        foreach (var row in source)
        {
            ct.ThrowIfCancellationRequested();
            yield return Row(row);
        }
    }

    private object?[] Row(T row)
    {
        var values = new object?[cells.Count];
        for (var i = 0; i < cells.Count; i++) values[i] = cells[i].Value(row);
        return values;
    }
}
