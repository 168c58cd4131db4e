using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fokus.Web.Features.Backup;

/// <summary>How a table's rows belong to one organisation.</summary>
internal enum Ownership
{
    /// <summary>The organisation row itself.</summary>
    Root,
    /// <summary>Has an OrganisationId column.</summary>
    OrganisationColumn,
    /// <summary>Reached by its foreign key <see cref="BackupTable.Via"/> to an owned row (team members, user claims).</summary>
    Dependent,
    /// <summary>Referenced by owned rows through <see cref="BackupTable.Via"/> (the sign-in accounts of the organisation's people).</summary>
    Referenced,
}

/// <summary>One table in a backup: its entity type, how its rows are found, and the foreign keys restored in a second pass.</summary>
internal sealed record BackupTable(IEntityType EntityType, Ownership Ownership, IForeignKey? Via, IReadOnlyList<IForeignKey> Deferred)
{
    public string Name => EntityType.GetTableName() ?? EntityType.ShortName();
}

/// <summary>
/// Which tables a backup holds, read from the EF model so that a new entity type is backed up without code changes,
/// in foreign-key order (principals first) for the restore.
/// </summary>
internal sealed class BackupPlan
{
    /// <summary>
    /// Left out on purpose, by CLR type name (so types on other branches need no reference here):
    /// JobLease is a node's running lease, DataProtectionKey is this install's key ring (a restore on another install
    /// makes its own), ImportSession is an unfinished import upload that expires anyway, SignInThrottle is a count of
    /// recent failed sign-ins (not organisation data; a restore starts with none).
    /// </summary>
    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(JobLease), "DataProtectionKey", "ImportSession", "SignInThrottle",
        // A replay record for a client retry; it expires within a day and means nothing on another install.
        "IdempotencyRecord",
        // A paused Blazor circuit's state: transient, expires within hours, readable only by this install's keys.
        "CircuitStateEntry",
    };

    private BackupPlan(IReadOnlyList<BackupTable> tables, IReadOnlyList<IEntityType> unplaced) =>
        (Tables, Unplaced) = (tables, unplaced);

    /// <summary>Every backed-up table, principals before their dependents.</summary>
    public IReadOnlyList<BackupTable> Tables { get; }

    /// <summary>Entity types neither backed up nor excluded: a model change the backup does not know how to own.</summary>
    public IReadOnlyList<IEntityType> Unplaced { get; }

    public BackupTable? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public static BackupPlan For(IModel model)
    {
        var candidates = model.GetEntityTypes().Where(e => !e.IsOwned() && !Excluded.Contains(e.ClrType.Name)).ToList();
        var placed = new Dictionary<IEntityType, BackupTable>();
        foreach (var e in candidates)
        {
            if (e.ClrType == typeof(Organisation)) placed[e] = new BackupTable(e, Ownership.Root, null, []);
            else if (e.FindProperty("OrganisationId") is not null) placed[e] = new BackupTable(e, Ownership.OrganisationColumn, null, []);
        }
        // Rows without an organisation column belong to it through a foreign key, in either direction.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var e in candidates.Where(c => !placed.ContainsKey(c)))
            {
                var table = Dependent(e, placed) ?? Referenced(e, placed);
                if (table is null) continue;
                placed[e] = table;
                changed = true;
            }
        }
        var unplaced = candidates.Where(c => !placed.ContainsKey(c)).ToList();
        return new BackupPlan(Sort(placed), unplaced);
    }

    private static BackupTable? Dependent(IEntityType e, Dictionary<IEntityType, BackupTable> placed)
    {
        var fk = e.GetForeignKeys()
            .Where(f => f.Properties.Count == 1 && f.PrincipalEntityType != e && placed.ContainsKey(f.PrincipalEntityType))
            .OrderByDescending(f => f.IsRequired)
            .FirstOrDefault();
        return fk is null ? null : new BackupTable(e, Ownership.Dependent, fk, SelfReferences(e));
    }

    private static BackupTable? Referenced(IEntityType e, Dictionary<IEntityType, BackupTable> placed)
    {
        var fk = e.GetReferencingForeignKeys()
            .FirstOrDefault(f => f.Properties.Count == 1 && f.DeclaringEntityType != e && placed.ContainsKey(f.DeclaringEntityType));
        return fk is null ? null : new BackupTable(e, Ownership.Referenced, fk, SelfReferences(e));
    }

    private static IReadOnlyList<IForeignKey> SelfReferences(IEntityType e) =>
        e.GetForeignKeys().Where(f => f.PrincipalEntityType == e).ToList();

    /// <summary>Topological order over foreign keys between backed-up tables; a self-reference is restored in a second pass.</summary>
    private static List<BackupTable> Sort(Dictionary<IEntityType, BackupTable> placed)
    {
        var ordered = new List<BackupTable>();
        var done = new HashSet<IEntityType>();
        var pending = placed.Keys.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(e => e.GetForeignKeys()
                .All(f => f.PrincipalEntityType == e || !placed.ContainsKey(f.PrincipalEntityType) || done.Contains(f.PrincipalEntityType)));
            if (ready is null)
                throw new InvalidOperationException($"The backup cannot order these tables (a foreign-key cycle): {string.Join(", ", pending.Select(p => p.ShortName()))}");
            var table = placed[ready];
            ordered.Add(table with { Deferred = SelfReferences(ready) });
            done.Add(ready);
            pending.Remove(ready);
        }
        return ordered;
    }
}
