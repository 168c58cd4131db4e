using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data;

/// <summary>
/// Failed sign-ins for one account and one client address together, in the database so every node sees the same
/// count. The key is a hash of both, so rows for unknown addresses hold no e-mail or IP in clear text.
/// </summary>
public sealed class SignInThrottle
{
    public required string Key { get; set; }
    public int Failures { get; set; }
    public DateTimeOffset LockedUntil { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> b)
    {
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(64);
        // The sweep of old rows reads by age.
        b.HasIndex(t => t.LastFailureAt);
    }
}
