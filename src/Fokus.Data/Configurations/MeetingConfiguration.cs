using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.StartedByPersonId).OnDelete(DeleteBehavior.SetNull);
        b.Property(m => m.Notes).HasMaxLength(TextLimits.MeetingNotes);
        b.PrimitiveCollection(m => m.AttendeeIds);
        b.HasIndex(m => new { m.TeamId, m.StartedAt });
        b.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class MeetingItemConfiguration : IEntityTypeConfiguration<MeetingItem>
{
    public void Configure(EntityTypeBuilder<MeetingItem> b)
    {
        b.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<KeyResult>().WithMany().HasForeignKey(i => i.KeyResultId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Initiative>().WithMany().HasForeignKey(i => i.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Person>().WithMany().HasForeignKey(i => i.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        b.Property(i => i.Text).HasMaxLength(TextLimits.MeetingItem);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(i => i.MeetingId);
        b.HasIndex(i => i.OrganisationId);
    }
}
