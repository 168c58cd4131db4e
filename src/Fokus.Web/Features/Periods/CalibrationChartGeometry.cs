using Fokus.Core.Rules;

namespace Fokus.Web.Features.Periods;

/// <summary>A confidence value with check-ins, placed on the chart; the radius grows with the square root of its count.</summary>
internal readonly record struct CalibrationPoint(int Confidence, int Count, double HitRate, double X, double Y, double Radius);

/// <summary>
/// Where the calibration chart draws things, in SVG user units: confidence 0–10 across, the share that made it 0–100 % up,
/// and the diagonal where a confidence of 7/10 came true 70 % of the time.
/// </summary>
internal static class CalibrationChartGeometry
{
    public const double Width = 420, Height = 320;
    public const double Left = 56, Right = Width - 16, Top = 16, Bottom = Height - 52;
    public const double MinRadius = 4, MaxRadius = 14;

    public static double X(double confidence) => Left + Math.Clamp(confidence, 0, 10) / 10 * (Right - Left);

    public static double Y(double hitRate) => Bottom - Math.Clamp(hitRate, 0, 1) * (Bottom - Top);

    /// <summary>Perfect calibration: from (0, 0 %) to (10, 100 %).</summary>
    public static (double X1, double Y1, double X2, double Y2) Diagonal => (X(0), Y(0), X(10), Y(1));

    public static IReadOnlyList<double> RateTicks { get; } = [0, 0.25, 0.5, 0.75, 1];

    /// <summary>The baseline of a point's count label: above the point, or below it when there is no room above.</summary>
    public static double LabelY(CalibrationPoint p) => p.Y - p.Radius - 4 >= Top + 12 ? p.Y - p.Radius - 4 : p.Y + p.Radius + 14;

    /// <summary>The confidences that check-ins gave, smallest first; empty bins are left out.</summary>
    public static IReadOnlyList<CalibrationPoint> Points(IEnumerable<CalibrationBin> bins)
    {
        var used = bins.Where(b => b is { Count: > 0, HitRate: not null }).OrderBy(b => b.Confidence).ToList();
        if (used.Count == 0) return [];
        var most = used.Max(b => b.Count);
        return used.Select(b => new CalibrationPoint(b.Confidence, b.Count, b.HitRate!.Value, X(b.Confidence), Y(b.HitRate.Value),
            MinRadius + (MaxRadius - MinRadius) * Math.Sqrt(b.Count / (double)most))).ToList();
    }
}
