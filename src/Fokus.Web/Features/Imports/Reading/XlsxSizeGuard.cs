using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Fokus.Web.Features.Imports.Reading;

/// <summary>
/// A small XLSX can unpack to gigabytes or declare a sheet of 16,384 columns: refuse it before the reader builds a
/// row of every declared column, from the zip's own sizes and each sheet's declared range.
/// </summary>
internal static partial class XlsxSizeGuard
{
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;
    public const int MaxColumns = 512;
    public const long MaxCells = 2_000_000;

    public static void Check(byte[] content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new ImportReadException("Import.File.NotXlsx");
        }
        using (zip)
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes) throw TooBig();
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)))
                CheckDeclaredRange(entry);
        }
    }

    private static void CheckDeclaredRange(ZipArchiveEntry entry)
    {
        var head = new char[4096];
        int read;
        try
        {
            using var reader = new StreamReader(entry.Open());
            read = reader.ReadBlock(head, 0, head.Length);
        }
        catch (InvalidDataException)
        {
            throw new ImportReadException("Import.File.NotXlsx");
        }
        var match = Dimension().Match(new string(head, 0, read));
        if (!match.Success) return;
        var last = match.Groups[3].Success ? (match.Groups[3].Value, match.Groups[4].Value) : (match.Groups[1].Value, match.Groups[2].Value);
        var columns = last.Item1.Aggregate(0L, (n, c) => n * 26 + (c - 'A' + 1));
        var rows = long.TryParse(last.Item2, out var r) ? r : long.MaxValue;
        if (rows > ImportLimits.MaxRows + 1) throw new ImportReadException("Import.File.TooManyRows", ImportLimits.MaxRows);
        if (columns > MaxColumns || columns * rows > MaxCells) throw TooBig();
    }

    private static ImportReadException TooBig() => new("Import.File.TooManyCells", MaxCells.ToString("N0"), MaxColumns);

    [GeneratedRegex("<(?:\\w+:)?dimension ref=\"([A-Z]{1,3})([0-9]{1,9})(?::([A-Z]{1,3})([0-9]{1,9}))?\"")]
    private static partial Regex Dimension();
}
