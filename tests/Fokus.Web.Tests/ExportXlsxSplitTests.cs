using Fokus.Web.Features.Exports;
using MiniExcelLibs;

namespace Fokus.Web.Tests;

/// <summary>A sheet longer than Excel's row limit continues in "Name (2)", …, every row kept once and in order.</summary>
public sealed class ExportXlsxSplitTests
{
    [Fact]
    public async Task ALongSheet_ContinuesInNumberedSheets_AndAnEmptyOneKeepsItsHeaders()
    {
        var numbers = new ExportSheet<int>("checkIns", "Check-ins", [(new ExportColumn("Value", ColumnKind.Number), n => n)],
            Enumerable.Range(1, 5), 5);
        var empty = new ExportSheet<int>("initiatives", "Initiatives", [(new ExportColumn("Title"), n => n.ToString())], [], 0);
        using var output = new MemoryStream();
        await XlsxExport.WriteAsync([numbers, empty], output, CancellationToken.None, maxRows: 2);

        output.Position = 0;
        Assert.Equal(["Check-ins", "Check-ins (2)", "Check-ins (3)", "Initiatives"], MiniExcel.GetSheetNames(output));
        var values = new List<double>();
        foreach (var sheet in new[] { "Check-ins", "Check-ins (2)", "Check-ins (3)" })
        {
            output.Position = 0;
            values.AddRange(MiniExcel.Query(output, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().Select(r => (double)r["Value"]!));
        }
        Assert.Equal([1d, 2d, 3d, 4d, 5d], values);
        output.Position = 0;
        var header = MiniExcel.Query(output, useHeaderRow: false, sheetName: "Initiatives").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("Title", header.Values.Single());
    }
}
