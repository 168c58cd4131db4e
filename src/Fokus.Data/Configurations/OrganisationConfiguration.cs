using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(TextLimits.Name);
        b.Property(o => o.Vision).HasMaxLength(TextLimits.MediumText);
        b.Property(o => o.Mission).HasMaxLength(TextLimits.MediumText);
        b.Property(o => o.TimeZoneId).HasMaxLength(TextLimits.TimeZoneId);
        b.Property(o => o.DefaultLanguage).HasMaxLength(8);
        b.Property(o => o.CheckInWeekday).HasConversion<string>().HasMaxLength(16);
        b.ComplexProperty(o => o.Thresholds);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.Name).HasMaxLength(TextLimits.Name);
        b.Property(t => t.Description).HasMaxLength(TextLimits.MediumText);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Team>().WithMany().HasForeignKey(t => t.ParentTeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(t => t.LeadPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.OrganisationId, t.Name });
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.HasKey(m => new { m.TeamId, m.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.PersonId);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.Name).HasMaxLength(TextLimits.Name);
        b.Property(p => p.Email).HasMaxLength(TextLimits.Email);
        b.Property(p => p.Title).HasMaxLength(TextLimits.Name);
        b.Property(p => p.TimeZoneId).HasMaxLength(TextLimits.TimeZoneId);
        b.Property(p => p.Language).HasMaxLength(8);
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FokusUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => new { p.OrganisationId, p.Email }).IsUnique();
        b.HasIndex(p => p.UserId).IsUnique();
    }
}

internal sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> b)
    {
        b.Property(p => p.Name).HasMaxLength(TextLimits.PeriodName);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.OrganisationId, p.StartDate });
    }
}

internal sealed class PeriodReopeningConfiguration : IEntityTypeConfiguration<PeriodReopening>
{
    public void Configure(EntityTypeBuilder<PeriodReopening> b)
    {
        b.Property(r => r.Reason).HasMaxLength(TextLimits.Reason);
        b.HasOne<Period>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => new { r.OrganisationId, r.PeriodId });
    }
}
