using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fokus.Data;

/// <summary>
/// One entry of the distributed cache Blazor keeps paused circuits' state in (typed text surviving a restart,
/// docs/readme-restart.md). Belongs to no organisation; the value is already protected by Blazor.
/// </summary>
public sealed class CircuitStateEntry
{
    public const int MaxIdLength = 449;

    public required string Id { get; set; }
    public required byte[] Value { get; set; }
    /// <summary>When the entry is gone: the earlier of the absolute expiry and the last access plus the sliding window.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AbsoluteExpiresAt { get; set; }
    public long? SlidingSeconds { get; set; }
}

internal sealed class CircuitStateEntryConfiguration : IEntityTypeConfiguration<CircuitStateEntry>
{
    public void Configure(EntityTypeBuilder<CircuitStateEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasMaxLength(CircuitStateEntry.MaxIdLength);
        // Expired rows are swept by age.
        b.HasIndex(e => e.ExpiresAt);
    }
}
