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
    /// <summary>IANA time zone every date and time is shown in, unless a person has their own.</summary>
    public string TimeZoneId { get; set; } = "UTC";
    /// <summary>Days a new key result may go without a check-in before it can be behind.</summary>
    public int NewKeyResultGraceDays { get; set; } = DefaultGraceDays;
    public int MaxKeyResultsPerObjective { get; set; } = DefaultMaxKeyResults;

    public const int DefaultGraceDays = 7;
    public const int DefaultMaxKeyResults = 10;
    public const int MaxKeyResultsCeiling = 25;
    public const int MaxGraceDays = 60;
    public DateTimeOffset CreatedAt { get; set; }
}
