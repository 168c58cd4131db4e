using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fokus.Web.Features.Backup;

/// <summary>
/// Restored rows keep their integer ids (user claims, logins). PostgreSQL identity columns accept them but their sequence does
/// not move, so the next new row would collide; SQLite moves its own counter on an explicit id.
/// </summary>
internal static class BackupSequences
{
    public static async Task AdvanceAsync(FokusDbContext db, BackupPlan plan, CancellationToken ct)
    {
        if (db.Database.ProviderName == FokusDbContext.SqliteProvider) return;
        foreach (var table in plan.Tables)
        {
            var key = table.EntityType.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ClrType is var t && t != typeof(int) && t != typeof(long)) continue;
            if (key[0].ValueGenerated != ValueGenerated.OnAdd) continue;
            var name = table.EntityType.GetTableName()!;
            var schema = table.EntityType.GetSchema();
            var column = key[0].GetColumnName(StoreObjectIdentifier.Table(name, schema))!;
            var qualified = schema is null ? $"\"{name}\"" : $"\"{schema}\".\"{name}\"";
            // Names come from the model, not from the file, so they are safe to put in the statement.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('{qualified}', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM {qualified}), 0) + 1, false)", ct);
#pragma warning restore EF1002
        }
    }
}
