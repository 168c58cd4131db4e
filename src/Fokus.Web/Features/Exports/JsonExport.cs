using System.Buffers;
using System.Text.Json;
using Fokus.Core.Exchange;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Exports;

/// <summary>
/// Fokus's own JSON document (<see cref="OkrExchangeDocument"/>), written piece by piece: objectives go out in batches, each
/// with its key results' check-in history read for that batch only, so a large organisation never sits in memory at once.
/// </summary>
internal static class JsonExport
{
    public const string ContentType = "application/json; charset=utf-8";
    private const int Batch = 200;
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static async Task WriteAsync(FokusDbContext db, ExportData data, DateTimeOffset now, Stream output, CancellationToken ct)
    {
        var s = data.Scope;
        // JsonSerializer flushes the writer synchronously, so it writes to a buffer that each batch hands on asynchronously.
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString(Name(nameof(OkrExchangeDocument.Format)), OkrExchangeDocument.FormatName);
        json.WriteNumber(Name(nameof(OkrExchangeDocument.Version)), OkrExchangeDocument.CurrentVersion);
        json.WriteString(Name(nameof(OkrExchangeDocument.ExportedAt)), now);
        json.WriteString(Name(nameof(OkrExchangeDocument.Organisation)), s.OrganisationName);
        json.WritePropertyName(Name(nameof(OkrExchangeDocument.Periods)));
        JsonSerializer.Serialize(json, new[] { new ExchangePeriod(s.Period.Name, s.Period.StartDate, s.Period.EndDate, s.Period.State.ToString()) }, Options);
        json.WritePropertyName(Name(nameof(OkrExchangeDocument.Teams)));
        var teams = s.Teams.Values.Where(t => s.TeamIds?.Contains(t.Id) ?? true).OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new ExchangeTeam(t.Name, s.TeamNameOf(t.ParentTeamId), s.EmailOf(t.LeadPersonId))).ToList();
        JsonSerializer.Serialize(json, teams, Options);

        json.WritePropertyName(Name(nameof(OkrExchangeDocument.Objectives)));
        json.WriteStartArray();
        foreach (var chunk in data.Objectives.Chunk(Batch))
        {
            var krIds = chunk.SelectMany(o => data.KeyResults[o.Id]).Select(k => k.Id).ToList();
            var checkIns = (await ExportReader.CheckIns(db, s.OrganisationId, krIds).ToListAsync(ct)).ToLookup(c => c.KeyResultId);
            foreach (var o in chunk) JsonSerializer.Serialize(json, Objective(o, data, checkIns), Options);
            await SendAsync(json, buffer, output, ct);
        }
        json.WriteEndArray();

        json.WritePropertyName(Name(nameof(OkrExchangeDocument.Initiatives)));
        JsonSerializer.Serialize(json, data.Initiatives.Select(i => new ExchangeInitiative(i.Title, i.Description, i.Status.ToString(),
            i.DueDate, s.EmailOf(i.OwnerPersonId), i.KeyResultIds)).ToList(), Options);
        json.WriteEndObject();
        await SendAsync(json, buffer, output, ct);
    }

    private static async Task SendAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken ct)
    {
        await json.FlushAsync(ct);
        await output.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }

    private static ExchangeObjective Objective(ObjectiveRow o, ExportData data, ILookup<Guid, CheckInRow> checkIns)
    {
        var s = data.Scope;
        var krs = data.KeyResults[o.Id].Select(k => new ExchangeKeyResult(k.Id, k.Title, k.Description, k.Type.ToString(), k.Unit,
            k.CurrencyCode, k.Direction.ToString(), k.StartValue, k.TargetValue, k.CurrentValue, k.Done, k.Weight, s.EmailOf(k.OwnerPersonId),
            k.Score, checkIns[k.Id].Select(c => new ExchangeCheckIn(c.CreatedAt, c.Value, c.Done, c.Confidence, c.WentWell, c.Blockers,
                c.Note, s.EmailOf(c.AuthorPersonId))).ToList())).ToList();
        return new ExchangeObjective(o.Id, o.Title, o.Description, o.Level.ToString(), data.PeriodName(o), s.TeamNameOf(o.OwnerTeamId),
            s.EmailOf(o.OwnerPersonId), o.ParentObjectiveId, o.State.ToString(), krs);
    }

    private static string Name(string property) => Options.PropertyNamingPolicy!.ConvertName(property);
}
