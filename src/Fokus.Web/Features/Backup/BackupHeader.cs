using System.Text.Json;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Backup;

/// <summary>The head of a backup file, read and checked before anything is written.</summary>
internal sealed record BackupHeader(string Format, long Version, string CreatedAt, string Migration, Guid OrganisationId, string OrganisationName)
{
    /// <summary>Reads up to and including the "tables" property name.</summary>
    public static async Task<BackupHeader> ReadAsync(JsonStreamReader json, CancellationToken ct)
    {
        await json.ExpectAsync(JsonTokenType.StartObject, ct);
        string format = "", createdAt = "", migration = "", name = "";
        long version = 0;
        var id = Guid.Empty;
        while (await json.ReadAsync(ct) == JsonTokenType.PropertyName && json.Text != "tables")
        {
            var property = json.Text;
            var token = await json.ReadAsync(ct);
            switch (property)
            {
                case "format": format = json.Text ?? ""; break;
                case "version": version = json.Number ?? -1; break;
                case "createdAt": createdAt = json.Text ?? ""; break;
                case "migration": migration = json.Text ?? ""; break;
                case "organisation" when token == JsonTokenType.StartObject:
                    while (await json.ReadAsync(ct) == JsonTokenType.PropertyName)
                    {
                        var field = json.Text;
                        await json.ReadAsync(ct);
                        if (field == "id" && Guid.TryParse(json.Text, out var parsed)) id = parsed;
                        if (field == "name") name = json.Text ?? "";
                    }
                    break;
                default: throw Refused(format, version);
            }
            // A file of another format is refused at its first property, not after reading it all.
            if (property == "format" && format != BackupWriter.Format) throw Refused(format, version);
        }
        if (format != BackupWriter.Format || json.TokenType != JsonTokenType.PropertyName) throw Refused(format, version);
        if (version != BackupWriter.Version)
            throw new RestoreRefusedException($"This is a version {version} Fokus backup; this version of Fokus restores version {BackupWriter.Version}.");
        if (id == Guid.Empty) throw new RestoreRefusedException("The backup names no organisation.");
        return new BackupHeader(format, version, createdAt, migration, id, name);
    }

    private static RestoreRefusedException Refused(string format, long version) =>
        new(format == BackupWriter.Format && version != 0
            ? "The backup file's header is damaged."
            : "The file is not a Fokus backup (its format is not \"fokus-backup\").");

    /// <summary>The target must be empty of organisations and know the backup's schema (migration ids differ per provider, names do not).</summary>
    public static async Task CheckTargetAsync(FokusDbContext db, BackupHeader header, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
            throw new RestoreRefusedException("The database already holds an organisation; restore only into an empty database (nothing was written).");
        var known = db.Database.GetMigrations().Select(MigrationName).ToHashSet(StringComparer.Ordinal);
        if (header.Migration.Length > 0 && !known.Contains(MigrationName(header.Migration)))
            throw new RestoreRefusedException($"The backup comes from a newer Fokus (database migration {header.Migration}); update Fokus first.");
        var pending = await db.Database.GetPendingMigrationsAsync(ct);
        if (pending.Any()) throw new RestoreRefusedException("The database is not migrated; start Fokus once or run the restore command, which migrates it.");
    }

    private static string MigrationName(string id) => id.IndexOf('_') is var i and >= 0 ? id[(i + 1)..] : id;
}
