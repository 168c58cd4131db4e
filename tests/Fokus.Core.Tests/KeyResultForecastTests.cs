using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

/// <summary>
/// Forecasts on synthetic series whose answer is known. The period 1 Jan–31 Mar 2026 ends 90 days after it starts
/// (the last day counts in full), so a line y = a + b·day ends at a + 90·b.
/// </summary>
public sealed class KeyResultForecastTests
{
    private static readonly DateOnly Start = new(2026, 1, 1), End = new(2026, 3, 31);
    private static readonly int[] Weekly = [0, 7, 14, 21, 28, 35, 42, 49, 56];
    // Fixed "noise", mean 0, spread about ±6.
    private static readonly double[] Noise = [5, -7, 3, 6, -4, -6, 8, -2, -3];

    private static Observation At(double day, double value) =>
        new(new DateTimeOffset(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(day), value);

    private static List<Observation> Line(double a, double b, double[]? noise = null) =>
        Weekly.Select((d, i) => At(d, a + b * d + (noise?[i] ?? 0))).ToList();

    private static ForecastResult Forecast(IEnumerable<Observation> series, decimal target, Direction direction = Direction.Increase,
        KeyResultType type = KeyResultType.Number) =>
        KeyResultForecast.Of(type, direction, target, Start, End, series);

    [Fact]
    public void SteadyLine_ProjectsTheLineAtThePeriodEnd_WithNoSpread()
    {
        var f = Forecast(Line(10, 2), 120);

        Assert.Equal(KeyResultForecast.TheilSenBootstrap, f.Method);
        Assert.Equal(9, f.BasedOnCheckIns);
        Assert.Equal(190, f.ProjectedValue!.Value, 6);
        Assert.Equal(190, f.Low!.Value, 6);
        Assert.Equal(190, f.High!.Value, 6);
        // The line passes 120 on day 55, well before the end.
        Assert.Equal(1, f.Probability!.Value, 6);
        Assert.False(f.AtRisk);
    }

    [Fact]
    public void SteadyLine_FarBelowTheTarget_HasNoChance_AndIsAtRisk()
    {
        var f = Forecast(Line(10, 2), 400);

        Assert.Equal(190, f.ProjectedValue!.Value, 6);
        Assert.Equal(0, f.Probability!.Value, 6);
        Assert.True(f.AtRisk);
    }

    [Fact]
    public void Flat_StaysWhereItIs_AtLeastHolds_IncreaseDoesNot()
    {
        var flat = Line(50, 0);

        var hold = Forecast(flat, 50, Direction.AtLeast);
        Assert.Equal(50, hold.ProjectedValue!.Value, 6);
        Assert.Equal(1, hold.Probability!.Value, 6);
        Assert.Equal(0, Forecast(flat, 60).Probability!.Value, 6);
        Assert.Equal(1, Forecast(flat, 50, Direction.AtMost).Probability!.Value, 6);
        Assert.Equal(0, Forecast(flat, 49, Direction.AtMost).Probability!.Value, 6);
    }

    [Fact]
    public void Noisy_StaysCentredOnTheLine_WithAWiderBand_AndAnUncertainProbabilityAtTheLinesEnd()
    {
        var clean = Forecast(Line(10, 2), 190);
        var noisy = Forecast(Line(10, 2, Noise), 190);

        Assert.InRange(noisy.ProjectedValue!.Value, 180, 200);
        Assert.True(noisy.Low < noisy.ProjectedValue && noisy.ProjectedValue < noisy.High);
        Assert.True(noisy.High - noisy.Low > 10, $"band {noisy.Low}..{noisy.High}");
        Assert.True(noisy.High - noisy.Low > (clean.High - clean.Low) + 10);
        Assert.InRange(noisy.Low!.Value, 150, 190);
        Assert.InRange(noisy.High!.Value, 190, 230);
        // The target is where the true line ends: a coin toss, not a certainty either way.
        Assert.InRange(noisy.Probability!.Value, 0.25, 0.75);
        // Far below and far above the band the answer is clear again.
        Assert.True(Forecast(Line(10, 2, Noise), 120).Probability > 0.95);
        Assert.True(Forecast(Line(10, 2, Noise), 300).Probability < 0.05);
    }

    [Fact]
    public void Noisy_IsDeterministic_AndIgnoresTheOrderOfTheCheckIns()
    {
        var series = Line(10, 2, Noise);
        var first = Forecast(series, 190);
        var again = Forecast(Enumerable.Reverse(series).ToList(), 190);

        Assert.Equal(first, again);
    }

    [Fact]
    public void OneWildCheckIn_DoesNotThrowTheTrend()
    {
        var series = Line(10, 2);
        series[4] = At(28, 500); // a typo: 500 instead of 66
        var f = Forecast(series, 120);

        // Least squares would end near 270; Theil–Sen stays close to the true 190.
        Assert.InRange(f.ProjectedValue!.Value, 185, 200);
        // The typo's residual is capped, so the band stays near the line instead of reaching 500 and beyond.
        Assert.InRange(f.Low!.Value, 180, 190);
        Assert.InRange(f.High!.Value, 190, 205);
        Assert.True(f.Probability > 0.95, $"probability {f.Probability}");
    }

    [Fact]
    public void DecreasingKr_ReachesItsTarget_WhenTheLineEndsBelowIt()
    {
        var falling = Line(50, -0.5); // ends at 5

        var reach = Forecast(falling, 10, Direction.Decrease);
        Assert.Equal(5, reach.ProjectedValue!.Value, 6);
        Assert.Equal(1, reach.Probability!.Value, 6);
        Assert.Equal(0, Forecast(falling, 0, Direction.Decrease).Probability!.Value, 6);
        Assert.Equal(1, Forecast(falling, 5, Direction.AtMost).Probability!.Value, 6);
    }

    [Fact]
    public void NoisyDecrease_IsCentred_AndLikelyForATargetAboveTheLine()
    {
        var f = Forecast(Line(50, -0.5, Noise), 15, Direction.Decrease);

        Assert.InRange(f.ProjectedValue!.Value, 0, 10);
        Assert.True(f.Low < 5 && f.High > 5);
        Assert.True(f.Probability > 0.8, $"probability {f.Probability}");
    }

    [Fact]
    public void FewerThanThreeCheckIns_IsNotEnoughData()
    {
        var f = Forecast(Line(10, 2).Take(2), 120);

        Assert.Equal(KeyResultForecast.NotEnoughData, f.Method);
        Assert.Equal(2, f.BasedOnCheckIns);
        Assert.Null(f.Probability);
        Assert.Null(f.ProjectedValue);
        Assert.Null(f.AtRisk);
        Assert.False(f.HasForecast);
    }

    [Fact]
    public void Milestone_IsCertainOnceDone_AndHasNoForecastBefore()
    {
        var done = Forecast([At(0, 0), At(7, 0), At(14, 1)], 1, type: KeyResultType.Milestone);
        var open = Forecast([At(0, 0), At(7, 0), At(14, 0)], 1, type: KeyResultType.Milestone);

        Assert.Equal((1d, 1d, KeyResultForecast.Milestone), (done.ProjectedValue!.Value, done.Probability!.Value, done.Method));
        Assert.Null(open.Probability);
        Assert.Equal(KeyResultForecast.Milestone, open.Method);
    }

    [Fact]
    public void ACheckInAfterThePeriodsEnd_IsTheOutcome()
    {
        var series = Line(10, 2);
        series.Add(At(92, 118));
        var f = Forecast(series, 120);

        Assert.Equal(KeyResultForecast.Final, f.Method);
        Assert.Equal(118, f.ProjectedValue!.Value, 6);
        Assert.Equal(0, f.Probability!.Value, 6);
    }

    [Fact]
    public void TheilSen_FitsAnExactLine_AndTheMedianInterceptOfAnEvenCount()
    {
        var (a, b) = TheilSen.Fit([0, 1, 2, 3], [1, 3, 5, 7]);
        Assert.Equal((1d, 2d), (a, b));
        Assert.Equal(2.5, TheilSen.Median([4, 1, 3, 2]));
        Assert.Equal(3, TheilSen.Median([5, 3, 3, 1, 9]));
        var (flatA, flatB) = TheilSen.Fit([5, 5, 5], [1, 2, 9]);
        Assert.Equal((2d, 0d), (flatA, flatB));
    }
}
