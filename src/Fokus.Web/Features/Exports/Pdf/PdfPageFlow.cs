using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Fokus.Web.Features.Exports.Pdf;

/// <summary>A top-to-bottom cursor over A4 pages: wraps text, breaks pages when the next block does not fit.</summary>
internal sealed class PdfPageFlow : IDisposable
{
    public const double Margin = 50;
    private readonly PdfDocument document;
    private XGraphics? gfx;
    private PdfPage? page;

    public PdfPageFlow(PdfDocument document)
    {
        this.document = document;
        NewPage();
    }

    public XGraphics Gfx => gfx!;
    public double Y { get; set; }
    public double Left => Margin;
    public double Width => page!.Width.Point - 2 * Margin;
    public double Bottom => page!.Height.Point - Margin;

    public void NewPage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless this much height is left on the current one.</summary>
    public void Ensure(double height)
    {
        if (Y + height > Bottom) NewPage();
    }

    public void Gap(double height) => Y += height;

    /// <summary>Writes text wrapped at word boundaries within the width, from the given indent.</summary>
    public void Text(string text, XFont font, double indent = 0, XBrush? brush = null)
    {
        var lineHeight = font.GetHeight() * 1.15;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Ensure(lineHeight);
            Gfx.DrawString(line, font, brush ?? XBrushes.Black, new XRect(Left + indent, Y, Width - indent, lineHeight), XStringFormats.TopLeft);
            Y += lineHeight;
        }
    }

    public IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
            }
            yield return line;
        }
    }

    public void Dispose() => gfx?.Dispose();
}
