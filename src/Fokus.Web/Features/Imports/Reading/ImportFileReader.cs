using Fokus.Core.Exchange;
using Fokus.Core.Imports;

namespace Fokus.Web.Features.Imports.Reading;

/// <summary>What a file holds: a sheet (CSV, XLSX) or Fokus's JSON document, and the workbook's sheet names.</summary>
internal sealed record ImportSource(string Format, IReadOnlyList<string> Sheets, ImportSheet? Sheet, OkrExchangeDocument? Document);

internal static class ImportFileReader
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "xlsx", "json"];

    /// <summary>The format the caller names, else the file's extension, else its first bytes.</summary>
    public static string DetectFormat(string fileName, byte[] content, string? format)
    {
        if (!string.IsNullOrWhiteSpace(format)) return format.Trim().ToLowerInvariant();
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".xlsx": return "xlsx";
            case ".json": return "json";
            case ".csv" or ".tsv" or ".txt": return "csv";
        }
        if (content is [(byte)'P', (byte)'K', ..]) return "xlsx";
        var first = content.SkipWhile(b => b is 0xEF or 0xBB or 0xBF or (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t').FirstOrDefault();
        return first == (byte)'{' ? "json" : "csv";
    }

    public static ImportSource Read(string format, string fileName, byte[] content, string? sheet)
    {
        if (content.Length == 0) throw new ImportReadException("Import.File.Empty");
        switch (format)
        {
            case "csv":
                return new ImportSource(format, [], CsvSheetReader.Read(content, Path.GetFileNameWithoutExtension(fileName)), null);
            case "xlsx":
                var sheets = XlsxSheetReader.SheetNames(content);
                return new ImportSource(format, sheets, XlsxSheetReader.Read(content, sheets, sheet), null);
            case "json":
                return new ImportSource(format, [], null, JsonDocumentReader.Read(content));
            default:
                throw new ImportReadException("Import.File.Format");
        }
    }
}
