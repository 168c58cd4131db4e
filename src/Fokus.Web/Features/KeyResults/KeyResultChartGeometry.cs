using System.Globalization;
using Fokus.Core.Model;

namespace Fokus.Web.Features.KeyResults;

/// <summary>One measured value: a check-in's value, or the start value at the period start.</summary>
internal readonly record struct ChartValue(DateTimeOffset At, decimal Value);

/// <summary>A value placed on the chart.</summary>
internal readonly record struct ChartPoint(double X, double Y, DateTimeOffset At, decimal Value);

internal readonly record struct ValueTick(double Y, decimal Value);

internal readonly record struct DateTick(double X, DateOnly Date, string Anchor);

/// <summary>The forecast at the period's end: the projected value and its 10–90 % band.</summary>
internal readonly record struct ChartForecast(decimal Projected, decimal Low, decimal High);

/// <summary>
/// Where a key result's chart draws things, in SVG user units (the SVG scales with its viewBox).
/// x runs over the period (or over the check-ins when there is no period); y over the values, with "nice" ticks.
/// Milestones plot 0 (not done) and 1 (done).
/// </summary>
internal sealed class KeyResultChartGeometry
{
    public const double Width = 520, Height = 250;
    public const double Margin = 12, Right = Width - Margin, Top = Margin, Bottom = Height - 32;

    private readonly DateTimeOffset from, to;
    private readonly double low, high;

    private KeyResultChartGeometry(DateTimeOffset from, DateTimeOffset to, double low, double high, double left) =>
        (this.from, this.to, this.low, this.high, Left) = (from, to, low, high, left);

    /// <summary>The plot's left edge: the margin plus the room the value labels need.</summary>
    public double Left { get; }

    public IReadOnlyList<ChartPoint> Actual { get; private set; } = [];
    /// <summary>The straight path from the start value at the period start to the target at the period end; null without a period.</summary>
    public (ChartPoint From, ChartPoint To)? Expected { get; private set; }
    public double TargetY { get; private set; }
    public IReadOnlyList<ValueTick> ValueTicks { get; private set; } = [];
    public IReadOnlyList<DateTick> DateTicks { get; private set; } = [];
    /// <summary>From the last check-in to the projected value at the period end; null without a forecast or when the period is over.</summary>
    public (ChartPoint From, ChartPoint To)? ForecastLine { get; private set; }
    /// <summary>The band as an SVG path: from the last check-in out to high and low at the period end.</summary>
    public string? ForecastBand { get; private set; }

    /// <param name="history">The check-ins' values in any order.</param>
    /// <param name="labelWidth">Room left of the plot for the value labels.</param>
    /// <param name="forecast">Drawn from the last check-in to the period end, when both exist and the check-in is earlier.</param>
    public static KeyResultChartGeometry Create(KeyResultType type, decimal startValue, decimal targetValue,
        DateOnly? periodStart, DateOnly? periodEnd, IEnumerable<ChartValue> history, double labelWidth = 0, ChartForecast? forecast = null)
    {
        var values = history.OrderBy(v => v.At).ToList();
        var checkedIn = values.Count > 0;
        var hasPeriod = periodStart is not null && periodEnd is not null;
        var periodFrom = hasPeriod ? Midnight(periodStart!.Value) : (DateTimeOffset?)null;
        // The period's last day counts in full.
        var periodTo = hasPeriod ? Midnight(periodEnd!.Value.AddDays(1)) : (DateTimeOffset?)null;
        if (periodFrom is { } start) values.Insert(0, new ChartValue(start, startValue));

        var from = Min(periodFrom, values.Count > 0 ? Midnight(DateOnly.FromDateTime(values[0].At.UtcDateTime)) : null);
        var to = Max(periodTo, values.Count > 0 ? Midnight(DateOnly.FromDateTime(values[^1].At.UtcDateTime).AddDays(1)) : null);
        from ??= to?.AddDays(-1) ?? DateTimeOffset.UnixEpoch;
        to ??= from.Value.AddDays(1);

        if (!checkedIn || periodTo is null || type == KeyResultType.Milestone || values[^1].At >= periodTo) forecast = null;
        var band = forecast is { } f ? new[] { (double)f.Low, (double)f.High, (double)f.Projected } : [];
        var (low, high, ticks) = type == KeyResultType.Milestone
            ? (0d, 1d, new[] { 0m, 1m })
            : NiceScale(values.Select(v => (double)v.Value).Append((double)startValue).Append((double)targetValue).Concat(band));
        var g = new KeyResultChartGeometry(from.Value, to.Value, low, high, Margin + Math.Clamp(labelWidth, 0, Width / 3));
        g.Actual = values.Select(v => new ChartPoint(g.X(v.At), g.Y(v.Value), v.At, v.Value)).ToList();
        if (periodFrom is { } a && periodTo is { } b)
            g.Expected = (new ChartPoint(g.X(a), g.Y(startValue), a, startValue), new ChartPoint(g.X(b), g.Y(targetValue), b, targetValue));
        if (forecast is { } fc && periodTo is { } endAt)
        {
            var last = g.Actual[^1];
            g.ForecastLine = (last, new ChartPoint(g.X(endAt), g.Y(fc.Projected), endAt, fc.Projected));
            g.ForecastBand = $"M{N(last.X)} {N(last.Y)} L{N(g.X(endAt))} {N(g.Y(fc.High))} L{N(g.X(endAt))} {N(g.Y(fc.Low))} Z";
        }
        g.TargetY = g.Y(targetValue);
        g.ValueTicks = ticks.Select(t => new ValueTick(g.Y(t), t)).ToList();
        g.DateTicks = g.DatesBetween(DateOnly.FromDateTime(from.Value.UtcDateTime), DateOnly.FromDateTime(to.Value.UtcDateTime).AddDays(-1));
        return g;
    }

    public double X(DateTimeOffset at)
    {
        var span = (to - from).TotalSeconds;
        var share = span <= 0 ? 0 : (at - from).TotalSeconds / span;
        return Left + Math.Clamp(share, 0, 1) * (Right - Left);
    }

    public double Y(decimal value) => Bottom - ((double)value - low) / (high - low) * (Bottom - Top);

    /// <summary>The actual values as an SVG path ("M x y L x y ...").</summary>
    public string ActualPath => string.Join(" ", Actual.Select((p, i) => $"{(i == 0 ? "M" : "L")}{N(p.X)} {N(p.Y)}"));

    /// <summary>A number for an SVG attribute: invariant, two decimals at most.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private List<DateTick> DatesBetween(DateOnly first, DateOnly last)
    {
        var ticks = new List<DateTick> { new(X(Midnight(first)), first, "start") };
        var days = last.DayNumber + 1 - first.DayNumber;
        if (days >= 14) ticks.Add(new(X(Midnight(first.AddDays(days / 2))), first.AddDays(days / 2), "middle"));
        if (days >= 2) ticks.Add(new(Right, last, "end"));
        return ticks;
    }

    /// <summary>About five round steps (1, 2, 2.5 or 5 times a power of ten) that cover every value.</summary>
    internal static (double Low, double High, decimal[] Ticks) NiceScale(IEnumerable<double> values)
    {
        var list = values.ToList();
        double min = list.Min(), max = list.Max();
        if (max - min < 1e-9) (min, max) = min == 0 ? (0, 1) : (Math.Min(0, min * 2), Math.Max(0, max * 2));
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (raw / magnitude) switch { <= 1 => 1, <= 2 => 2, <= 2.5 => 2.5, <= 5 => 5, _ => 10 } * magnitude;
        var low = Math.Floor(min / step + 1e-9) * step;
        var high = Math.Ceiling(max / step - 1e-9) * step;
        var count = (int)Math.Round((high - low) / step);
        var ticks = Enumerable.Range(0, count + 1).Select(i => (decimal)Math.Round(low + i * step, 10)).ToArray();
        return (low, high, ticks);
    }

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
