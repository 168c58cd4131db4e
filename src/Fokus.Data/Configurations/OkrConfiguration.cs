using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> b)
    {
        b.Property(o => o.Title).HasMaxLength(TextLimits.Title);
        b.Property(o => o.Description).HasMaxLength(TextLimits.LongText);
        b.Property(o => o.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.State).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Period>().WithMany().HasForeignKey(o => o.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Team>().WithMany().HasForeignKey(o => o.OwnerTeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(o => o.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Objective>().WithMany().HasForeignKey(o => o.ParentObjectiveId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(o => o.KeyResults).WithOne().HasForeignKey(k => k.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.OrganisationId, o.PeriodId });
        b.HasIndex(o => o.OwnerTeamId);
        b.HasIndex(o => o.OwnerPersonId);
        b.HasIndex(o => o.ParentObjectiveId);
    }
}

internal sealed class KeyResultConfiguration : IEntityTypeConfiguration<KeyResult>
{
    public void Configure(EntityTypeBuilder<KeyResult> b)
    {
        b.Property(k => k.Title).HasMaxLength(TextLimits.Title);
        b.Property(k => k.Description).HasMaxLength(TextLimits.LongText);
        b.Property(k => k.Unit).HasMaxLength(TextLimits.Unit);
        b.Property(k => k.CurrencyCode).HasMaxLength(3);
        b.Property(k => k.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(k => k.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(k => k.Version).IsConcurrencyToken();
        // Concurrent check-ins on one key result: the later commit must not be overwritten by an earlier one.
        b.Property(k => k.LastCheckInAt).IsConcurrencyToken();
        b.Ignore(k => k.Progress);
        b.HasOne<Person>().WithMany().HasForeignKey(k => k.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(k => k.OwnerPersonId);
        b.HasIndex(k => k.OrganisationId);
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> b)
    {
        b.Property(c => c.WentWell).HasMaxLength(TextLimits.LongText);
        b.Property(c => c.Blockers).HasMaxLength(TextLimits.LongText);
        b.Property(c => c.Note).HasMaxLength(TextLimits.LongText);
        b.HasOne<KeyResult>().WithMany().HasForeignKey(c => c.KeyResultId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.KeyResultId, c.CreatedAt });
        b.HasIndex(c => new { c.OrganisationId, c.CreatedAt });
    }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> b)
    {
        b.Property(i => i.Title).HasMaxLength(TextLimits.Title);
        b.Property(i => i.Description).HasMaxLength(TextLimits.LongText);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(i => i.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Team>().WithMany().HasForeignKey(i => i.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(i => i.TeamId);
        b.HasMany(i => i.KeyResults).WithOne().HasForeignKey(l => l.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => i.OrganisationId);
    }
}

internal sealed class InitiativeKeyResultConfiguration : IEntityTypeConfiguration<InitiativeKeyResult>
{
    public void Configure(EntityTypeBuilder<InitiativeKeyResult> b)
    {
        b.HasKey(l => new { l.InitiativeId, l.KeyResultId });
        b.HasOne<KeyResult>().WithMany().HasForeignKey(l => l.KeyResultId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.KeyResultId);
    }
}
