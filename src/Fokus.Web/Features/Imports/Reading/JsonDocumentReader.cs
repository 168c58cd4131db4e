using System.Text.Json;
using Fokus.Core.Exchange;

namespace Fokus.Web.Features.Imports.Reading;

/// <summary>Fokus's own JSON export, read with the web defaults it was written with.</summary>
internal static class JsonDocumentReader
{
    public static OkrExchangeDocument Read(byte[] content)
    {
        OkrExchangeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<OkrExchangeDocument>(content, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            throw new ImportReadException("Import.File.NotJson");
        }
        if (document is null || document.Format != OkrExchangeDocument.FormatName)
            throw new ImportReadException("Import.File.NotFokusJson");
        if (document.Version < 1 || document.Version > OkrExchangeDocument.CurrentVersion)
            throw new ImportReadException("Import.File.Version", document.Version);
        // A hand-edited file may hold nulls where objects belong; refuse it as a whole rather than fail deep inside.
        if (document.Objectives is null || document.Objectives.Any(o => o is null || o.KeyResults?.Any(k => k is null || k.CheckIns?.Any(c => c is null) == true) == true))
            throw new ImportReadException("Import.File.NotFokusJson");
        var keyResults = document.Objectives.Sum(o => o.KeyResults?.Count ?? 0);
        if (keyResults > ImportLimits.MaxRows) throw new ImportReadException("Import.File.TooManyRows", ImportLimits.MaxRows);
        return document;
    }
}
