using Fokus.Core.Model;

namespace Fokus.Web.Features.Organisations;

/// <summary>What the organisation form edits; compared with the saved values to know whether anything was typed.</summary>
internal sealed class OrganisationSettings
{
    public string Name { get; set; } = "";
    public string Vision { get; set; } = "";
    public string Mission { get; set; } = "";
    public string Language { get; set; } = "sv";
    public int FiscalYearStartMonth { get; set; } = 1;
    public DayOfWeek CheckInWeekday { get; set; } = DayOfWeek.Monday;
    public double AtRiskGap { get; set; }
    public double OffTrackGap { get; set; }
    public int AtRiskConfidence { get; set; }
    public int OffTrackConfidence { get; set; }
    public bool RollUpAlignedProgress { get; set; }
    public int NewKeyResultGraceDays { get; set; } = Organisation.DefaultGraceDays;
    public int MaxKeyResultsPerObjective { get; set; } = Organisation.DefaultMaxKeyResults;

    public static OrganisationSettings From(OrganisationDto o) => new()
    {
        Name = o.Name, Vision = o.Vision, Mission = o.Mission, Language = o.DefaultLanguage,
        FiscalYearStartMonth = o.FiscalYearStartMonth, CheckInWeekday = o.CheckInWeekday,
        AtRiskGap = o.Thresholds.AtRiskGap, OffTrackGap = o.Thresholds.OffTrackGap,
        AtRiskConfidence = o.Thresholds.AtRiskConfidence, OffTrackConfidence = o.Thresholds.OffTrackConfidence,
        RollUpAlignedProgress = o.RollUpAlignedProgress,
        NewKeyResultGraceDays = o.NewKeyResultGraceDays, MaxKeyResultsPerObjective = o.MaxKeyResultsPerObjective,
    };

    public UpdateOrganisationRequest ToRequest() => new(Name, Vision, Mission, Language, FiscalYearStartMonth, CheckInWeekday,
        new ThresholdsDto(AtRiskGap, OffTrackGap, AtRiskConfidence, OffTrackConfidence), RollUpAlignedProgress,
        NewKeyResultGraceDays, MaxKeyResultsPerObjective);
}
