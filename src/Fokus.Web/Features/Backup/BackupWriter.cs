using System.Buffers;
using System.Data;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Fokus.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Backup;

/// <summary>What a backup wrote: rows per table, and which stored secrets it left out.</summary>
internal sealed record BackupSummary(Guid OrganisationId, string OrganisationName, IReadOnlyList<TableCount> Tables,
    IReadOnlyList<LeftOutSecret> SecretsLeftOut, TimeSpan Elapsed)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

internal sealed record TableCount(string Table, long Rows);

/// <summary>
/// Writes one organisation as gzip-compressed JSON: a header (format, version, time, migration, organisation), then one
/// array of rows per table (column names once, each row an array) in restore order, then the secrets left out. Rows are streamed, never held as a table.
/// </summary>
internal static class BackupWriter
{
    public const string Format = "fokus-backup";
    public const int Version = 1;
    public const string FileSuffix = ".fokus-backup.json.gz";

    /// <summary>Null when the organisation does not exist.</summary>
    public static Task<BackupSummary?> WriteAsync(FokusDbContext db, Guid organisationId, Stream output, DateTimeOffset now, CancellationToken ct) =>
        Fokus.Web.Data.SingleAttempt.RunAsync(db, token => WriteOnceAsync(db, organisationId, output, now, token), ct);

    private static async Task<BackupSummary?> WriteOnceAsync(FokusDbContext db, Guid organisationId, Stream output, DateTimeOffset now, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // One snapshot for every table, so rows added while the backup runs cannot point at rows it already passed.
        await using var snapshot = await SnapshotAsync(db, ct);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct);
        if (organisation is null) return null;
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() ?? "";
        var plan = BackupPlan.For(db.Model);
        var secrets = new List<LeftOutSecret>();
        var counts = new List<TableCount>();

        // The JSON goes to a memory buffer that is handed to gzip asynchronously: JsonSerializer flushes its writer after
        // every value, which on a stream would be a synchronous write (refused by Kestrel, and slow everywhere).
        var buffer = new ArrayBufferWriter<byte>(1 << 17);
        await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        await using (var json = new Utf8JsonWriter(buffer))
        {
            var sink = new Sink(json, buffer, gzip);
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteString("createdAt", now);
            json.WriteString("migration", migration);
            json.WriteStartObject("organisation");
            json.WriteString("id", organisation.Id);
            json.WriteString("name", organisation.Name);
            json.WriteEndObject();
            json.WriteStartArray("tables");
            foreach (var table in plan.Tables)
                counts.Add(new TableCount(table.Name, await WriteTableAsync(db, plan, table, organisationId, sink, secrets, ct)));
            json.WriteEndArray();
            json.WriteStartArray("secretsLeftOut");
            foreach (var s in secrets) JsonSerializer.Serialize(json, s, RowCodec.Json);
            json.WriteEndArray();
            json.WriteEndObject();
            await sink.DrainAsync(0, ct);
        }
        await snapshot.CommitAsync(ct);
        return new BackupSummary(organisation.Id, organisation.Name, counts, secrets, watch.Elapsed);
    }

    private static async Task<long> WriteTableAsync(FokusDbContext db, BackupPlan plan, BackupTable table, Guid organisationId,
        Sink sink, List<LeftOutSecret> secrets, CancellationToken ct)
    {
        var json = sink.Json;
        var codec = RowCodec.For(table.EntityType);
        var key = table.EntityType.FindPrimaryKey()!.Properties;
        var secret = codec.Names.Where(n => BackupSecrets.IsSecret(table.EntityType, n)).ToHashSet(StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteStartArray("columns");
        foreach (var name in codec.Names) json.WriteStringValue(name);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        long rows = 0;
        await foreach (var row in BackupRows.Stream(BackupRows.Ordered(db, plan, table, organisationId)).WithCancellation(ct))
        {
            foreach (var column in secret.Where(c => codec.Value(row, c) is not null))
                secrets.Add(new LeftOutSecret(table.Name, column, string.Join(",", key.Select(k => codec.Value(row, k.Name)))));
            codec.WriteValues(json, row, secret);
            rows++;
            // Hand full buffers to gzip as we go; the buffer would otherwise grow to the size of the table.
            await sink.DrainAsync(1 << 16, ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return rows;
    }

    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> SnapshotAsync(FokusDbContext db, CancellationToken ct)
    {
        if (db.Database.ProviderName != FokusDbContext.SqliteProvider)
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // A deferred SQLite transaction reads a WAL snapshot without taking the write lock, so the app keeps writing.
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return (await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), ct))!;
    }

    private sealed record Sink(Utf8JsonWriter Json, ArrayBufferWriter<byte> Buffer, Stream Output)
    {
        public async ValueTask DrainAsync(int atLeast, CancellationToken ct)
        {
            if (Json.BytesPending + Buffer.WrittenCount <= atLeast) return;
            Json.Flush();
            await Output.WriteAsync(Buffer.WrittenMemory, ct);
            Buffer.ResetWrittenCount();
        }
    }
}
