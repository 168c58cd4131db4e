using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class ImportSessionConfiguration : IEntityTypeConfiguration<ImportSession>
{
    public void Configure(EntityTypeBuilder<ImportSession> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.FileName).HasMaxLength(260);
        b.Property(s => s.Format).HasMaxLength(8);
        b.Property(s => s.Sheet).HasMaxLength(200);
        b.Property(s => s.Culture).HasMaxLength(16);
        b.HasIndex(s => new { s.OrganisationId, s.CreatedAt });
    }
}
