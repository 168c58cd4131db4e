using System.Globalization;
using System.Text;
using CsvHelper;
using Fokus.Core.Imports;

namespace Fokus.Web.Features.Imports.Reading;

/// <summary>CSV with a comma, semicolon or tab, UTF-8 (with or without a BOM) or Windows-1252, as spreadsheets save it.</summary>
internal static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportSheet Read(byte[] content, string name)
    {
        var text = Decode(content);
        // Our own pick from the header line: the library's detector looks at 32 lines, where a free-text column can outvote it.
        var options = CsvReaderOptions.Default with
        {
            Separator = DetectDelimiter(text),
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
        };
        using var csv = CsvReader.FromText(text, options);
        var records = new List<(int Line, string[] Cells)>();
        while (csv.Read())
        {
            if (records.Count > ImportLimits.MaxRows) throw new ImportReadException("Import.File.TooManyRows", ImportLimits.MaxRows);
            records.Add(((int)csv.LineNumber, csv.Current.ToArray().Select(Unescape).ToArray()));
        }
        if (records.Count == 0) throw new ImportReadException("Import.File.Empty");
        var rows = records.Skip(1).Select(r => new ImportRow(r.Line, r.Cells))
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        return new ImportSheet(name, records[0].Cells.Select(h => h.Trim()).ToList(), rows);
    }

    /// <summary>Invalid UTF-8 means an older Excel's "CSV" in Windows-1252 (å, ä, ö as single bytes).</summary>
    public static string Decode(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[Encoding.UTF8.Preamble.Length..];
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(span);
        }
    }

    /// <summary>The separator that occurs most often outside quotes in the header line.</summary>
    public static char DetectDelimiter(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        if (tab >= comma && tab >= semicolon && tab > 0) return '\t';
        return semicolon > comma ? ';' : ',';
    }

    /// <summary>Fokus's CSV export writes a quote before text starting with = + - @ so spreadsheets never run it as a
    /// formula; reading it back removes that one quote, so a round trip changes no title.</summary>
    private static string Unescape(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;
}
