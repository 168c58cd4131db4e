using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Backup;

/// <summary>A backup that cannot be restored here, with the reason in words.</summary>
internal sealed class RestoreRefusedException(string message) : Exception(message);

internal sealed record RestoreResult(Guid OrganisationId, string OrganisationName, IReadOnlyList<TableCount> Tables,
    IReadOnlyList<LeftOutSecret> SecretsToReenter, TimeSpan Elapsed)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Restores a backup into an empty, migrated database: checks the header first, then inserts every table in the plan's
/// foreign-key order through EF (so value converters apply), in batches, in one transaction — all or nothing.
/// </summary>
internal static class BackupRestorer
{
    private const int Batch = 1000;

    public static Task<RestoreResult> RestoreAsync(FokusDbContext db, Stream input, CancellationToken ct) =>
        Fokus.Web.Data.SingleAttempt.RunAsync(db, token => RestoreOnceAsync(db, input, token), ct);

    private static async Task<RestoreResult> RestoreOnceAsync(FokusDbContext db, Stream input, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var gzip = new GZipStream(await GzipAsync(input, ct), CompressionMode.Decompress);
        var json = new JsonStreamReader(gzip);
        try
        {
            var header = await BackupHeader.ReadAsync(json, ct);
            await BackupHeader.CheckTargetAsync(db, header, ct);
            // Rows are written for the backed-up organisation only; rows from before join rows named their
            // organisation get it from the scope.
            db.ScopeTo(header.OrganisationId);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var plan = BackupPlan.For(db.Model);
            var counts = new List<TableCount>();
            if (db.Database.ProviderName == FokusDbContext.SqliteProvider)
            {
                // One transaction of a million rows: with SQLite's 2 MB default page cache every insert re-reads index pages.
                await db.Database.OpenConnectionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144;", ct);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await json.ExpectAsync(JsonTokenType.StartArray, ct);
            while (await json.ReadAsync(ct) == JsonTokenType.StartObject)
                counts.Add(await TableAsync(db, plan, json, ct));
            var secrets = await SecretsAsync(json, ct);
            await BackupSequences.AdvanceAsync(db, plan, ct);
            await transaction.CommitAsync(ct);
            return new RestoreResult(header.OrganisationId, header.OrganisationName, counts, secrets, watch.Elapsed);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new RestoreRefusedException($"The file is not a readable Fokus backup: {e.Message}");
        }
    }

    private static async Task<TableCount> TableAsync(FokusDbContext db, BackupPlan plan, JsonStreamReader json, CancellationToken ct)
    {
        if (await json.ReadAsync(ct) != JsonTokenType.PropertyName || json.Text != "name" || await json.ReadAsync(ct) != JsonTokenType.String)
            throw new InvalidDataException("A table has no name.");
        var table = plan.Find(json.Text!)
            ?? throw new RestoreRefusedException($"The backup has a table {json.Text} that this version of Fokus does not know.");
        var codec = RowCodec.For(table.EntityType);
        if (await json.ReadAsync(ct) != JsonTokenType.PropertyName || json.Text != "columns") throw new InvalidDataException("A table has no columns.");
        var map = codec.Map(await json.ReadValueAsync((ref Utf8JsonReader r) => JsonSerializer.Deserialize<string[]>(ref r, RowCodec.Json) ?? [], ct));
        if (await json.ReadAsync(ct) != JsonTokenType.PropertyName || json.Text != "rows") throw new InvalidDataException("A table has no rows.");
        await json.ExpectAsync(JsonTokenType.StartArray, ct);
        var deferred = new List<(object Row, object?[] Values)>();
        long rows = 0;
        while (true)
        {
            var row = await json.ReadValueAsync((ref Utf8JsonReader r) => r.TokenType == JsonTokenType.EndArray ? null : codec.ReadValues(ref r, map), ct);
            if (row is null) break;
            // A row pointing into its own table (a parent objective, a parent team) gets that link after the whole table is in.
            var links = table.Deferred.Select(fk => codec.Value(row, fk.Properties[0].Name)).ToArray();
            if (links.Any(l => l is not null))
            {
                foreach (var fk in table.Deferred) codec.SetValue(row, fk.Properties[0].Name, null);
                deferred.Add((row, links));
            }
            db.Add(row);
            if (++rows % Batch == 0) await SaveAsync(db, ct);
        }
        await SaveAsync(db, ct);
        await LinkAsync(db, table, codec, deferred, ct);
        await json.ExpectAsync(JsonTokenType.EndObject, ct);
        return new TableCount(table.Name, rows);
    }

    private static async Task LinkAsync(FokusDbContext db, BackupTable table, RowCodec codec, List<(object Row, object?[] Values)> deferred, CancellationToken ct)
    {
        for (var i = 0; i < deferred.Count; i++)
        {
            var (row, values) = deferred[i];
            var entry = db.Attach(row);
            for (var f = 0; f < table.Deferred.Count; f++)
            {
                var column = table.Deferred[f].Properties[0].Name;
                entry.Property(column).CurrentValue = values[f];
                entry.Property(column).IsModified = true;
            }
            if ((i + 1) % Batch == 0) await SaveAsync(db, ct);
        }
        await SaveAsync(db, ct);
    }

    private static async Task SaveAsync(FokusDbContext db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static async Task<IReadOnlyList<LeftOutSecret>> SecretsAsync(JsonStreamReader json, CancellationToken ct)
    {
        var secrets = new List<LeftOutSecret>();
        if (await json.ReadAsync(ct) != JsonTokenType.PropertyName || json.Text != "secretsLeftOut") return secrets;
        await json.ExpectAsync(JsonTokenType.StartArray, ct);
        while (true)
        {
            var secret = await json.ReadValueAsync((ref Utf8JsonReader r) =>
                r.TokenType == JsonTokenType.EndArray ? null : JsonSerializer.Deserialize<LeftOutSecret>(ref r, RowCodec.Json), ct);
            if (secret is null) break;
            secrets.Add(secret);
        }
        return secrets;
    }

    /// <summary>A file that is not gzip at all (a wrong file) is refused with a clear reason before anything is read.</summary>
    private static async Task<Stream> GzipAsync(Stream input, CancellationToken ct)
    {
        if (!input.CanSeek) return input;
        var magic = new byte[2];
        var read = await input.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, ct);
        if (read < 2 || magic[0] != 0x1f || magic[1] != 0x8b)
            throw new RestoreRefusedException("The file is not a Fokus backup (it is not gzip-compressed JSON).");
        input.Seek(-read, SeekOrigin.Current);
        return input;
    }
}
