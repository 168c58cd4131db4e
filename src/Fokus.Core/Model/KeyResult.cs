using Fokus.Core.Rules;

namespace Fokus.Core.Model;

public sealed class KeyResult : IOrganisationOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ObjectiveId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public Guid? OwnerPersonId { get; set; }
    public KeyResultType Type { get; set; }
    public string Unit { get; set; } = "";
    /// <summary>ISO 4217 code, for currency key results only.</summary>
    public string? CurrencyCode { get; set; }
    public decimal StartValue { get; set; }
    public decimal TargetValue { get; set; }
    /// <summary>Kept on the key result so reads never scan check-in history.</summary>
    public decimal CurrentValue { get; set; }
    public bool Done { get; set; }
    public Direction Direction { get; set; }
    public decimal Weight { get; set; } = 1m;
    public int SortOrder { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset? LastCheckInAt { get; set; }
    public int? LastConfidence { get; set; }
    /// <summary>The previous period's key result this one continues, starting from its final value.</summary>
    public Guid? CarriedFromKeyResultId { get; set; }
    /// <summary>Final score 0.0–1.0, set when the period is closed.</summary>
    public decimal? Score { get; set; }
    /// <summary>Percent key results only: values outside 0–100 are allowed (growth rates and the like).</summary>
    public bool UnboundedPercent { get; set; }
    /// <summary>The expected path and due check-ins start here, not at the period's first day.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public double Progress => KeyResultProgress.Of(this);

    /// <summary>Takes a check-in's value and confidence, unless a newer check-in is already applied.</summary>
    public void Apply(CheckIn checkIn)
    {
        if (LastCheckInAt is { } last && checkIn.CreatedAt < last) return;
        if (Type == KeyResultType.Milestone)
        {
            Done = checkIn.Done ?? Done;
            CurrentValue = Done ? 1 : 0;
        }
        else if (checkIn.Value is { } value)
        {
            CurrentValue = value;
        }
        LastCheckInAt = checkIn.CreatedAt;
        LastConfidence = checkIn.Confidence;
    }
}
