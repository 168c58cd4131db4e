using System.Linq.Expressions;
using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Data;

/// <summary>
/// Organisation isolation in one place: every organisation-owned set is filtered to the organisation
/// this context is scoped to. A fresh context is scoped to none and sees no organisation's rows;
/// only code that must (sign-in, background cycles, backup) opens a context across organisations.
/// </summary>
public sealed partial class FokusDbContext
{
    public const string OrganisationFilter = "Organisation";

    // Read by the query filter per context instance: EF Core turns both into query parameters.
    private Guid organisationScope;
    private bool acrossOrganisations;

    /// <summary>The organisation this context reads and writes, or null when it spans all of them.</summary>
    public Guid? Scope => acrossOrganisations ? null : organisationScope;

    public FokusDbContext ScopeTo(Guid organisationId)
    {
        if (organisationId == Guid.Empty) throw new ArgumentException("An organisation scope needs an organisation.", nameof(organisationId));
        organisationScope = organisationId;
        acrossOrganisations = false;
        return this;
    }

    public FokusDbContext AcrossOrganisations()
    {
        acrossOrganisations = true;
        return this;
    }

    private void ApplyOrganisationFilter(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType)))
        {
            // e => this.acrossOrganisations || e.OrganisationId == this.organisationScope
            var e = Expression.Parameter(type.ClrType, "e");
            var self = Expression.Constant(this);
            var body = Expression.OrElse(
                Expression.Field(self, nameof(acrossOrganisations)),
                Expression.Equal(Expression.Property(e, nameof(IOrganisationOwned.OrganisationId)), Expression.Field(self, nameof(organisationScope))));
            builder.Entity(type.ClrType).HasQueryFilter(OrganisationFilter, Expression.Lambda(body, e));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardOrganisationWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardOrganisationWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// A scoped context writes only its own organisation's rows, and a new row without an organisation
    /// gets the scope's; a context across organisations must say whose each new row is.
    /// </summary>
    private void GuardOrganisationWrites()
    {
        foreach (var entry in ChangeTracker.Entries<IOrganisationOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var owned = entry.Entity;
            if (acrossOrganisations)
            {
                if (owned.OrganisationId == Guid.Empty)
                    throw new InvalidOperationException($"A new {entry.Metadata.ClrType.Name} has no organisation.");
                continue;
            }
            if (organisationScope == Guid.Empty)
                throw new InvalidOperationException("This context is scoped to no organisation; it cannot write organisation data.");
            if (entry.State == EntityState.Added && owned.OrganisationId == Guid.Empty) owned.OrganisationId = organisationScope;
            if (owned.OrganisationId != organisationScope)
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another organisation cannot be written here.");
        }
    }
}
