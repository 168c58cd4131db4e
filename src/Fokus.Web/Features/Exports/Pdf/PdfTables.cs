using PdfSharp.Drawing;

namespace Fokus.Web.Features.Exports.Pdf;

internal sealed record PdfColumn(string Header, double Share, bool Right = false);

/// <summary>A plain table: bold header on a light band, one line per row, the header repeated after a page break.</summary>
internal static class PdfTables
{
    private const double RowHeight = 16;
    private static readonly XBrush HeaderBand = new XSolidBrush(XColor.FromArgb(240, 240, 240));

    public static void Table(PdfPageFlow flow, IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows,
        Func<int, bool>? emphasise = null)
    {
        var regular = PdfFonts.Font(8.5);
        var bold = PdfFonts.Font(8.5, bold: true);
        flow.Ensure(RowHeight * 2);
        Row(flow, columns, columns.Select(c => c.Header).ToList(), bold, HeaderBand);
        var index = 0;
        foreach (var row in rows)
        {
            if (flow.Y + RowHeight > flow.Bottom)
            {
                flow.NewPage();
                Row(flow, columns, columns.Select(c => c.Header).ToList(), bold, HeaderBand);
            }
            Row(flow, columns, row, emphasise?.Invoke(index) == true ? bold : regular, null);
            index++;
        }
        flow.Gap(8);
    }

    private static void Row(PdfPageFlow flow, IReadOnlyList<PdfColumn> columns, IReadOnlyList<string> cells, XFont font, XBrush? band)
    {
        var total = columns.Sum(c => c.Share);
        var x = flow.Left;
        if (band is not null) flow.Gfx.DrawRectangle(band, flow.Left, flow.Y, flow.Width, RowHeight);
        for (var i = 0; i < columns.Count; i++)
        {
            var width = flow.Width * columns[i].Share / total;
            var text = PdfChart.Fit(flow, i < cells.Count ? cells[i] : "", font, width - 6);
            flow.Gfx.DrawString(text, font, XBrushes.Black, new XRect(x + 3, flow.Y, width - 6, RowHeight),
                columns[i].Right ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
            x += width;
        }
        flow.Y += RowHeight;
        flow.Gfx.DrawLine(new XPen(XColor.FromArgb(220, 220, 220), 0.5), flow.Left, flow.Y, flow.Left + flow.Width, flow.Y);
    }
}
