using System.Globalization;
using System.Text;
using Fokus.Web.Data;
using Fokus.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Fokus.Web.Features.Backup;

/// <summary>Fokus:Backup:*. IntervalHours 0 turns the scheduled backup off.</summary>
internal sealed class BackupOptions
{
    public double IntervalHours { get; set; } = 24;
    /// <summary>Null: data/backups next to the SQLite file (or under the working folder on PostgreSQL).</summary>
    public string? Directory { get; set; }
    public int Keep { get; set; } = 14;
}

internal sealed record BackupFileDto(string Name, DateTimeOffset CreatedAt, long Size);

/// <summary>The folder of scheduled backups: one file per organisation per run, named by organisation and time.</summary>
internal sealed class BackupFiles(IOptionsMonitor<BackupOptions> options, DatabaseSettings database, IConfiguration config)
{
    private const string Stamp = "yyyyMMdd'T'HHmmss'Z'";

    public string Folder
    {
        get
        {
            if (options.CurrentValue.Directory is { Length: > 0 } configured) return Path.GetFullPath(configured);
            var beside = database.IsSqlite ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)) : null;
            return Path.Combine(beside ?? HostFolders.DataDirectory(config), "backups");
        }
    }

    public static string FileName(string organisationName, Guid organisationId, DateTimeOffset at) =>
        $"{Slug(organisationName)}_{organisationId:N}_{at.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture)}{BackupWriter.FileSuffix}";

    /// <summary>The organisation's backups, newest first.</summary>
    public IReadOnlyList<BackupFileDto> List(Guid organisationId)
    {
        var folder = new DirectoryInfo(Folder);
        if (!folder.Exists) return [];
        return folder.EnumerateFiles("*" + BackupWriter.FileSuffix)
            .Select(f => (File: f, Created: Parse(f.Name, organisationId)))
            .Where(f => f.Created is not null)
            .Select(f => new BackupFileDto(f.File.Name, f.Created!.Value, f.File.Length))
            .OrderByDescending(f => f.CreatedAt)
            .ToList();
    }

    /// <summary>The full path of one of the organisation's backups; null for any other name (no paths from outside).</summary>
    public string? PathOf(Guid organisationId, string name) =>
        List(organisationId).Any(f => f.Name == name) ? Path.Combine(Folder, name) : null;

    /// <summary>Deletes the organisation's oldest backups beyond Keep.</summary>
    public int Prune(Guid organisationId)
    {
        var keep = Math.Max(1, options.CurrentValue.Keep);
        var old = List(organisationId).Skip(keep).ToList();
        foreach (var file in old) File.Delete(Path.Combine(Folder, file.Name));
        return old.Count;
    }

    private static DateTimeOffset? Parse(string name, Guid organisationId)
    {
        var parts = name[..^BackupWriter.FileSuffix.Length].Split('_');
        if (parts.Length < 3 || parts[^2] != organisationId.ToString("N")) return null;
        return DateTimeOffset.TryParseExact(parts[^1], Stamp, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
    }

    private static string Slug(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') text.Append(c);
            else if (c is ' ' or '-' && text.Length > 0 && text[^1] != '-') text.Append('-');
        }
        var slug = text.ToString().Trim('-');
        return slug.Length == 0 ? "organisation" : slug[..Math.Min(40, slug.Length)];
    }
}
