using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class ObjectiveReviewConfiguration : IEntityTypeConfiguration<ObjectiveReview>
{
    public void Configure(EntityTypeBuilder<ObjectiveReview> b)
    {
        b.HasKey(r => r.ObjectiveId);
        b.HasOne<Objective>().WithOne().HasForeignKey<ObjectiveReview>(r => r.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Objective>().WithMany().HasForeignKey(r => r.CarriedToObjectiveId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.ReviewedByPersonId).OnDelete(DeleteBehavior.SetNull);
        b.Property(r => r.WhatWorked).HasMaxLength(TextLimits.LongText);
        b.Property(r => r.WhatDidNot).HasMaxLength(TextLimits.LongText);
        b.Property(r => r.DoDifferently).HasMaxLength(TextLimits.LongText);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        b.PrimitiveCollection(r => r.CarryKeyResultIds);
        b.HasIndex(r => r.OrganisationId);
    }
}
