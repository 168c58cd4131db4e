using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Fokus.Web.Features.Exports.Pdf;

/// <summary>
/// PDFsharp 6 finds no system fonts on Linux; this serves DejaVu Sans (regular and bold, from Debian's fonts-dejavu-core,
/// licence beside the files) from the assembly, so the report renders on a machine without fonts and with Swedish letters.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>The resolver is process-wide in PDFsharp and may be set only once.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (registered) return;
            if (GlobalFontSettings.FontResolver is not PdfFonts) GlobalFontSettings.FontResolver = new PdfFonts();
            registered = true;
        }
    }

    public static XFont Font(double size, bool bold = false) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Fokus.Web.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
