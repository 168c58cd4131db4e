using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class CheckInCommentConfiguration : IEntityTypeConfiguration<CheckInComment>
{
    public void Configure(EntityTypeBuilder<CheckInComment> b)
    {
        b.Property(c => c.Text).HasMaxLength(CheckInComment.MaxLength);
        b.HasOne<CheckIn>().WithMany().HasForeignKey(c => c.CheckInId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorPersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.CheckInId, c.CreatedAt });
        b.HasIndex(c => c.AuthorPersonId);
        b.HasIndex(c => c.OrganisationId);
    }
}

internal sealed class CheckInReactionConfiguration : IEntityTypeConfiguration<CheckInReaction>
{
    public void Configure(EntityTypeBuilder<CheckInReaction> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasOne<CheckIn>().WithMany().HasForeignKey(r => r.CheckInId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.CheckInId, r.PersonId, r.Kind }).IsUnique();
        b.HasIndex(r => r.PersonId);
        b.HasIndex(r => r.OrganisationId);
    }
}
