using System.Runtime.CompilerServices;
using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fokus.Web.Data;

/// <summary>After a successful save, announces every organisation whose data changed (see <see cref="OrganisationChanges"/>).</summary>
internal sealed class ReadModelInvalidation(OrganisationChanges changes) : SaveChangesInterceptor
{
    private sealed record Pending(HashSet<Guid> Organisations);
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var organisations = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            // Every organisation-owned row, join rows included, names its organisation.
            if (entry.Entity is IOrganisationOwned owned) organisations.Add(owned.OrganisationId);
            else if (entry.Entity is Organisation organisation) organisations.Add(organisation.Id);
        }
        pending.AddOrUpdate(context, new Pending(organisations));
    }

    private void Apply(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var saved)) return;
        pending.Remove(context);
        foreach (var org in saved.Organisations) changes.Publish(org, ChangeKinds.All);
    }
}
