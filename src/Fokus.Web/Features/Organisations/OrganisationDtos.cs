using Fokus.Core.Model;

namespace Fokus.Web.Features.Organisations;

internal sealed record ThresholdsDto(double AtRiskGap, double OffTrackGap, int AtRiskConfidence, int OffTrackConfidence)
{
    public static ThresholdsDto From(StatusThresholds t) => new(t.AtRiskGap, t.OffTrackGap, t.AtRiskConfidence, t.OffTrackConfidence);
    public StatusThresholds ToModel() => new(AtRiskGap, OffTrackGap, AtRiskConfidence, OffTrackConfidence);
}

internal sealed record OrganisationDto(Guid Id, string Name, string Vision, string Mission, string DefaultLanguage,
    int FiscalYearStartMonth, DayOfWeek CheckInWeekday, ThresholdsDto Thresholds, bool RollUpAlignedProgress,
    int NewKeyResultGraceDays, int MaxKeyResultsPerObjective)
{
    public static OrganisationDto From(Organisation o) => new(o.Id, o.Name, o.Vision, o.Mission, o.DefaultLanguage,
        o.FiscalYearStartMonth, o.CheckInWeekday, ThresholdsDto.From(o.Thresholds), o.RollUpAlignedProgress,
        o.NewKeyResultGraceDays, o.MaxKeyResultsPerObjective);
}

internal sealed record UpdateOrganisationRequest(string? Name, string? Vision, string? Mission, string? DefaultLanguage,
    int? FiscalYearStartMonth, DayOfWeek? CheckInWeekday, ThresholdsDto? Thresholds, bool? RollUpAlignedProgress,
    int? NewKeyResultGraceDays = null, int? MaxKeyResultsPerObjective = null);

internal sealed record SignUpRequest(string? Name, string? AdminEmail, string? AdminPassword, string? Language, string? AdminName);

internal sealed record SignUpResult(Guid OrganisationId, Guid AdminPersonId, Guid CurrentPeriodId);
