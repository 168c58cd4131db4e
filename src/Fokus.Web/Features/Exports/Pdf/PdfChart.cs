using System.Globalization;
using Fokus.Core.Rules;
using PdfSharp.Drawing;

namespace Fokus.Web.Features.Exports.Pdf;

/// <summary>Horizontal bars of the average score (0–1) per team, coloured by score band, with the 0.7 success line.</summary>
internal static class PdfChart
{
    private const double BarHeight = 14;
    private const double RowHeight = 20;
    private const double LabelWidth = 150;
    private const double ValueWidth = 40;

    private static readonly XColor[] BandColours = [XColor.FromArgb(198, 40, 40), XColor.FromArgb(239, 160, 0), XColor.FromArgb(46, 125, 50)];

    public static void ScoreBars(PdfPageFlow flow, IReadOnlyList<(string Label, decimal Score)> rows, CultureInfo culture)
    {
        if (rows.Count == 0) return;
        var label = PdfFonts.Font(9);
        var barWidth = flow.Width - LabelWidth - ValueWidth;
        flow.Ensure(RowHeight * Math.Min(rows.Count, 3));
        var success = flow.Left + LabelWidth + barWidth * (double)ScoreRule.SuccessThreshold;
        var top = flow.Y;
        foreach (var (name, score) in rows)
        {
            if (flow.Y + RowHeight > flow.Bottom)
            {
                SuccessLine(flow, success, top);
                flow.NewPage();
                top = flow.Y;
            }
            var y = flow.Y;
            flow.Gfx.DrawString(Fit(flow, name, label, LabelWidth - 6), label, XBrushes.Black,
                new XRect(flow.Left, y, LabelWidth - 6, RowHeight), XStringFormats.CenterLeft);
            var x = flow.Left + LabelWidth;
            flow.Gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 238, 238)), x, y + 3, barWidth, BarHeight);
            var width = barWidth * (double)Math.Clamp(score, 0, 1);
            if (width > 0) flow.Gfx.DrawRectangle(new XSolidBrush(BandColours[QuarterTransition.Band(score)]), x, y + 3, width, BarHeight);
            flow.Gfx.DrawString(score.ToString("0.00", culture), label, XBrushes.Black,
                new XRect(x + barWidth + 4, y, ValueWidth - 4, RowHeight), XStringFormats.CenterLeft);
            flow.Y += RowHeight;
        }
        SuccessLine(flow, success, top);
        flow.Gap(6);
    }

    private static void SuccessLine(PdfPageFlow flow, double x, double top) =>
        flow.Gfx.DrawLine(new XPen(XColors.DimGray, 0.8) { DashStyle = XDashStyle.Dash }, x, top, x, flow.Y);

    /// <summary>Shortens a label with an ellipsis until it fits.</summary>
    public static string Fit(PdfPageFlow flow, string text, XFont font, double width)
    {
        if (flow.Gfx.MeasureString(text, font).Width <= width) return text;
        var cut = text;
        while (cut.Length > 1 && flow.Gfx.MeasureString(cut + "…", font).Width > width) cut = cut[..^1];
        return cut + "…";
    }
}
