namespace Fokus.Core.Model;

public sealed class Organisation
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string Vision { get; set; } = "";
    public string Mission { get; set; } = "";
    /// <summary>"sv" or "en".</summary>
    public string DefaultLanguage { get; set; } = "sv";
    public int FiscalYearStartMonth { get; set; } = 1;
    public DayOfWeek CheckInWeekday { get; set; } = DayOfWeek.Monday;
    public StatusThresholds Thresholds { get; set; } = StatusThresholds.Default;
    /// <summary>When true a parent objective's progress includes its aligned children.</summary>
    public bool RollUpAlignedProgress { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
