using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fokus.Web.Features.Backup;

/// <summary>A stored secret a backup left out: which table and column, and the row's key, so the restore can say what to re-enter.</summary>
internal sealed record LeftOutSecret(string Table, string Column, string Key);

/// <summary>
/// The secrets Fokus stores in its database, and what a backup does with them.
/// - Team chat webhook URLs (TeamRhythm) are stored in plain text and are credentials (whoever has one can post to the channel):
///   they are left out, and the restore reports each team whose webhooks must be entered again.
/// - No column holds a Data-Protection-encrypted value; the key ring itself (DataProtectionKey) is not backed up, since it
///   belongs to the install, not the organisation.
/// - SMTP settings, the database password and other configuration live in appsettings/environment, never in the database.
/// - Password hashes and security stamps are kept by design: that is what lets people sign in after a restore.
/// </summary>
internal static class BackupSecrets
{
    private static readonly HashSet<(string Type, string Column)> Columns =
    [
        (nameof(TeamRhythm), nameof(TeamRhythm.SlackWebhookUrl)),
        (nameof(TeamRhythm), nameof(TeamRhythm.TeamsWebhookUrl)),
    ];

    public static bool IsSecret(IEntityType type, string column) => Columns.Contains((type.ClrType.Name, column));
}
