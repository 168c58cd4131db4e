using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        // The key is the unique constraint that lets only one of two concurrent requests claim it.
        b.HasKey(r => new { r.OrganisationId, r.PersonId, r.Key });
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.ResponseContentType).HasMaxLength(200);
        b.Property(r => r.ResponseLocation).HasMaxLength(2000);
        b.HasIndex(r => r.ExpiresAt);
    }
}
