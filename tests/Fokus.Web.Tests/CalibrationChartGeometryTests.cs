using Fokus.Core.Rules;
using Fokus.Web.Features.Periods;

namespace Fokus.Web.Tests;

/// <summary>The calibration chart in SVG units: confidence 0–10 over x 56..404, hit rate 0–100 % over y 268 (bottom) ..16 (top).</summary>
public sealed class CalibrationChartGeometryTests
{
    [Fact]
    public void Points_SitAtConfidenceAndHitRate_SkipEmptyBins_AndGrowWithTheSquareRootOfTheCount()
    {
        CalibrationBin[] bins = [new(0, 0, null), new(5, 4, 0.5), new(10, 16, 1.0), new(3, 1, 0.0)];

        var points = CalibrationChartGeometry.Points(bins);

        Assert.Equal([3, 5, 10], points.Select(p => p.Confidence));
        var half = points[1];
        Assert.Equal(56 + 0.5 * 348, half.X, 6);
        Assert.Equal(268 - 0.5 * 252, half.Y, 6);
        Assert.Equal((404d, 16d), (points[2].X, points[2].Y));
        Assert.Equal(268, points[0].Y, 6);
        // Radius 4 + 10·√(count/16): 14 for the largest, 9 for a quarter of it, 6.5 for a sixteenth.
        Assert.Equal([6.5, 9, 14], points.Select(p => Math.Round(p.Radius, 6)));
    }

    [Fact]
    public void Diagonal_RunsFromNoConfidenceNoHits_ToCertainAllHits_AndLabelsMoveBelowPointsAtTheTop()
    {
        Assert.Equal((56d, 268d, 404d, 16d), CalibrationChartGeometry.Diagonal);
        var points = CalibrationChartGeometry.Points([new(10, 2, 1.0), new(2, 2, 0.0)]);
        Assert.Equal(16 + 14 + 14, CalibrationChartGeometry.LabelY(points[1]), 6);
        Assert.Equal(268 - 14 - 4, CalibrationChartGeometry.LabelY(points[0]), 6);
        Assert.Empty(CalibrationChartGeometry.Points([new(7, 0, null)]));
    }
}
