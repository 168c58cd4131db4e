using Fokus.Core.Model;
using Fokus.Web.Features.KeyResults;

namespace Fokus.Web.Tests;

/// <summary>
/// The key-result chart's geometry in SVG units: plot area x 12..508, y 12 (top) ..218 (bottom).
/// The quarter 1 Jan–31 Mar 2026 spans 90 days, so 15 Feb (day 45) sits in the middle, x = 260.
/// </summary>
public sealed class KeyResultChartGeometryTests
{
    private static readonly DateOnly Q1Start = new(2026, 1, 1), Q1End = new(2026, 3, 31);

    private static ChartValue At(int month, int day, decimal value, int hour = 0) =>
        new(new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.Zero), value);

    [Fact]
    public void IncreasingKr_TargetAtTop_ExpectedPathCorner_To_Corner_ActualStartsAtStartValue()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(2, 15, 40)]);

        Assert.Equal(12, g.TargetY, 6);
        var (from, to) = g.Expected!.Value;
        Assert.Equal((12d, 218d), (from.X, from.Y));
        Assert.Equal((508d, 12d), (to.X, to.Y));
        Assert.Equal(2, g.Actual.Count);
        Assert.Equal((12d, 218d, 0m), (g.Actual[0].X, g.Actual[0].Y, g.Actual[0].Value));
        Assert.Equal(260, g.Actual[1].X, 6);
        Assert.Equal(135.6, g.Actual[1].Y, 6);
        Assert.Equal("M12 218 L260 135.6", g.ActualPath);
        Assert.Equal([0m, 20m, 40m, 60m, 80m, 100m], g.ValueTicks.Select(t => t.Value));
        Assert.Equal(218, g.ValueTicks[0].Y, 6);
        Assert.Equal([Q1Start, new DateOnly(2026, 2, 15), Q1End], g.DateTicks.Select(t => t.Date));
        Assert.Equal(508, g.DateTicks[^1].X, 6);
    }

    [Fact]
    public void DecreasingKr_TargetAtBottom_ExpectedPathRunsDown()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Number, 50, 10, Q1Start, Q1End, [At(2, 15, 30)]);

        Assert.Equal(218, g.TargetY, 6);
        var (from, to) = g.Expected!.Value;
        Assert.Equal(12, from.Y, 6);
        Assert.Equal(218, to.Y, 6);
        Assert.Equal(115, g.Actual[1].Y, 6);
        Assert.Equal([10m, 20m, 30m, 40m, 50m], g.ValueTicks.Select(t => t.Value));
    }

    [Fact]
    public void SingleCheckIn_WithoutPeriod_SpansItsDay_AndHasNoExpectedPath()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Percent, 0, 10, null, null, [At(5, 10, 7, hour: 12)]);

        Assert.Null(g.Expected);
        var point = Assert.Single(g.Actual);
        Assert.Equal(260, point.X, 6);
        Assert.Equal(73.8, point.Y, 6);
        Assert.Equal(12, g.TargetY, 6);
        Assert.Equal(new DateOnly(2026, 5, 10), Assert.Single(g.DateTicks).Date);
    }

    [Fact]
    public void Milestone_PlotsNotDoneAtBottom_AndDoneAtTop()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Milestone, 0, 1, Q1Start, Q1End, [At(3, 1, 1), At(1, 20, 0)]);

        Assert.Equal([0m, 1m], g.ValueTicks.Select(t => t.Value));
        Assert.Equal(12, g.TargetY, 6);
        Assert.Equal([218d, 218d, 12d], g.Actual.Select(p => Math.Round(p.Y, 6)));
        Assert.Equal(g.Actual.Select(p => p.X).Order(), g.Actual.Select(p => p.X));
    }

    [Fact]
    public void CheckInAfterThePeriod_WidensTheDates_SoNothingIsCutOff()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(4, 10, 90)]);

        // 1 Jan to the end of 10 April is 100 days; the check-in at the start of day 100, the period's end after day 90.
        Assert.Equal(12 + 99d / 100 * 496, g.Actual[^1].X, 6);
        Assert.Equal(12 + 90d / 100 * 496, g.Expected!.Value.To.X, 6);
    }

    [Fact]
    public void LabelWidth_MovesThePlotsLeftEdge_AndKeepsTheRightEdge()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(2, 15, 40)], labelWidth: 60);

        Assert.Equal(72, g.Left, 6);
        Assert.Equal(72, g.Expected!.Value.From.X, 6);
        Assert.Equal(508, g.Expected!.Value.To.X, 6);
        Assert.Equal(72 + 0.5 * (508 - 72), g.Actual[1].X, 6);
        Assert.Equal(72, g.DateTicks[0].X, 6);
    }

    [Fact]
    public void NiceScale_UsesRoundSteps_ThatCoverEveryValue()
    {
        var (low, high, ticks) = KeyResultChartGeometry.NiceScale([3, 1234]);
        Assert.Equal((0d, 1250d), (low, high));
        Assert.Equal([0m, 250m, 500m, 750m, 1000m, 1250m], ticks);

        var small = KeyResultChartGeometry.NiceScale([1.6, 2.4]);
        Assert.Equal([1.6m, 1.8m, 2.0m, 2.2m, 2.4m], small.Ticks);

        var flat = KeyResultChartGeometry.NiceScale([5, 5]);
        Assert.True(flat.Low <= 5 && flat.High >= 5 && flat.High > flat.Low);
    }
    [Fact]
    public void Forecast_IsABandFromTheLastCheckInToThePeriodEnd_WithTheProjectedLineThroughIt()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(2, 15, 40)],
            forecast: new ChartForecast(80, 60, 100));

        // The scale stays 0..100: y = 218 − value · 2.06.
        var (from, to) = g.ForecastLine!.Value;
        Assert.Equal((260d, 135.6d), (Math.Round(from.X, 6), Math.Round(from.Y, 6)));
        Assert.Equal((508d, 53.2d), (Math.Round(to.X, 6), Math.Round(to.Y, 6)));
        Assert.Equal(80m, to.Value);
        Assert.Equal("M260 135.6 L508 12 L508 94.4 Z", g.ForecastBand);
    }

    [Fact]
    public void Forecast_BeyondTheTarget_WidensTheScale()
    {
        var g = KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(2, 15, 40)],
            forecast: new ChartForecast(110, 90, 130));

        Assert.Equal([0m, 50m, 100m, 150m], g.ValueTicks.Select(t => t.Value));
        Assert.Equal(218 - 130 / 150d * 206, g.Y(130), 6);
        Assert.StartsWith("M260 ", g.ForecastBand);
    }

    [Fact]
    public void Forecast_IsLeftOut_WithoutAPeriod_CheckIns_OrTimeLeft_AndForMilestones()
    {
        var forecast = new ChartForecast(80, 60, 100);
        var none = new[]
        {
            KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, null, null, [At(2, 15, 40)], forecast: forecast),
            KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [], forecast: forecast),
            KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(4, 1, 90)], forecast: forecast),
            KeyResultChartGeometry.Create(KeyResultType.Milestone, 0, 1, Q1Start, Q1End, [At(2, 15, 0)], forecast: new ChartForecast(1, 1, 1)),
        };

        Assert.All(none, g => Assert.Null(g.ForecastBand));
        Assert.All(none, g => Assert.Null(g.ForecastLine));
        Assert.Null(KeyResultChartGeometry.Create(KeyResultType.Number, 0, 100, Q1Start, Q1End, [At(2, 15, 40)]).ForecastBand);
    }
}
