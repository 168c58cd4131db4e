using System.Linq.Expressions;
using System.Reflection;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fokus.Web.Features.Backup;

/// <summary>The query for one organisation's rows of a backed-up table, built from the model (no per-type code).</summary>
internal static class BackupRows
{
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

    /// <summary>The table's rows of the organisation, in primary-key order.</summary>
    public static IQueryable Ordered(FokusDbContext db, BackupPlan plan, BackupTable table, Guid organisationId)
    {
        var rows = Owned(db, plan, table, organisationId);
        var e = Expression.Parameter(rows.ElementType, "e");
        var first = true;
        foreach (var key in table.EntityType.FindPrimaryKey()!.Properties)
        {
            var selector = Expression.Lambda(Property(e, key, key.ClrType), e);
            rows = rows.Provider.CreateQuery(Expression.Call(typeof(Queryable), first ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy),
                [rows.ElementType, key.ClrType], rows.Expression, Expression.Quote(selector)));
            first = false;
        }
        return rows;
    }

    /// <summary>Every row of the table, whichever organisation (for counts and checks).</summary>
    public static IQueryable All(FokusDbContext db, BackupTable table) =>
        (IQueryable)SetMethod.MakeGenericMethod(table.EntityType.ClrType).Invoke(db, null)!;

    /// <summary>The table's rows of the organisation, unordered (also used inside other tables' filters).</summary>
    public static IQueryable Owned(FokusDbContext db, BackupPlan plan, BackupTable table, Guid organisationId)
    {
        var type = table.EntityType;
        var all = All(db, table);
        var e = Expression.Parameter(type.ClrType, "e");
        Expression predicate = table.Ownership switch
        {
            Ownership.Root => Equal(e, type.FindPrimaryKey()!.Properties[0], organisationId),
            Ownership.OrganisationColumn => Equal(e, type.FindProperty("OrganisationId")!, organisationId),
            Ownership.Dependent => In(Keys(db, plan, table.Via!.PrincipalEntityType, table.Via.PrincipalKey.Properties[0], organisationId),
                e, table.Via.Properties[0]),
            Ownership.Referenced => In(Keys(db, plan, table.Via!.DeclaringEntityType, table.Via.Properties[0], organisationId),
                e, table.Via.PrincipalKey.Properties[0]),
            _ => throw new InvalidOperationException(table.Ownership.ToString()),
        };
        return Where(all, Expression.Lambda(predicate, e));
    }

    private static IQueryable Keys(FokusDbContext db, BackupPlan plan, IEntityType owner, IProperty column, Guid organisationId)
    {
        var rows = Owned(db, plan, plan.Tables.Single(t => t.EntityType == owner), organisationId);
        var p = Expression.Parameter(rows.ElementType, "p");
        var type = Comparable(column.ClrType);
        var selector = Expression.Lambda(Property(p, column, type), p);
        return rows.Provider.CreateQuery(Expression.Call(typeof(Queryable), nameof(Queryable.Select),
            [rows.ElementType, type], rows.Expression, Expression.Quote(selector)));
    }

    private static Expression In(IQueryable keys, ParameterExpression e, IProperty column) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [keys.ElementType], keys.Expression,
            Property(e, column, keys.ElementType));

    private static Expression Equal(ParameterExpression e, IProperty column, Guid value) =>
        Expression.Equal(Property(e, column, column.ClrType), Expression.Constant(value, column.ClrType));

    private static IQueryable Where(IQueryable rows, LambdaExpression predicate) =>
        rows.Provider.CreateQuery(Expression.Call(typeof(Queryable), nameof(Queryable.Where), [rows.ElementType],
            rows.Expression, Expression.Quote(predicate)));

    private static Expression Property(Expression e, IProperty column, Type asType)
    {
        Expression read = Expression.Call(PropertyMethod.MakeGenericMethod(column.ClrType), e, Expression.Constant(column.Name));
        return read.Type == asType ? read : Expression.Convert(read, asType);
    }

    /// <summary>Key and foreign key meet as the nullable type (a Guid key against a Guid? column).</summary>
    private static Type Comparable(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    /// <summary>Streams the rows without tracking them; the data reader never holds a whole table.</summary>
    public static IAsyncEnumerable<object> Stream(IQueryable ordered) =>
        (IAsyncEnumerable<object>)StreamMethod.MakeGenericMethod(ordered.ElementType).Invoke(null, [ordered])!;

    private static readonly MethodInfo StreamMethod = typeof(BackupRows).GetMethod(nameof(StreamTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static IAsyncEnumerable<object> StreamTyped<T>(IQueryable ordered) where T : class =>
        ((IQueryable<T>)ordered).AsNoTracking().AsAsyncEnumerable();

    public static Task<int> CountAsync(IQueryable rows, CancellationToken ct) =>
        (Task<int>)CountMethod.MakeGenericMethod(rows.ElementType).Invoke(null, [rows, ct])!;

    private static readonly MethodInfo CountMethod = typeof(BackupRows).GetMethod(nameof(CountTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> CountTyped<T>(IQueryable rows, CancellationToken ct) => ((IQueryable<T>)rows).CountAsync(ct);
}
