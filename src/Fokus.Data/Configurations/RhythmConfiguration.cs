using Fokus.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data.Configurations;

internal sealed class TeamRhythmConfiguration : IEntityTypeConfiguration<TeamRhythm>
{
    public void Configure(EntityTypeBuilder<TeamRhythm> b)
    {
        b.HasKey(r => r.TeamId);
        b.Property(r => r.Weekday).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.SlackWebhookUrl).HasMaxLength(TeamRhythm.UrlMaxLength);
        b.Property(r => r.TeamsWebhookUrl).HasMaxLength(TeamRhythm.UrlMaxLength);
        b.HasOne<Team>().WithOne().HasForeignKey<TeamRhythm>(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.OrganisationId);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.HasKey(p => p.PersonId);
        b.HasOne<Person>().WithOne().HasForeignKey<NotificationPreference>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        b.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        b.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.PersonId, n.ReadAt, n.CreatedAt });
        b.HasIndex(n => n.OrganisationId);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(Delivery.ErrorMaxLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // Sent once: a second insert of the same reminder on any node fails here, before anything is sent.
        b.HasIndex(d => new { d.RecipientId, d.SubjectId, d.DueDate, d.Channel }).IsUnique();
        b.HasIndex(d => new { d.State, d.NextAttemptAt });
        b.HasIndex(d => new { d.OrganisationId, d.CreatedAt });
    }
}

internal sealed class DigestConfiguration : IEntityTypeConfiguration<Digest>
{
    public void Configure(EntityTypeBuilder<Digest> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Team>().WithMany().HasForeignKey(d => d.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.ScopeId, d.ToDate }).IsUnique();
        b.HasIndex(d => new { d.OrganisationId, d.TeamId, d.ToDate });
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(64);
        b.Property(l => l.Holder).HasMaxLength(100);
    }
}
