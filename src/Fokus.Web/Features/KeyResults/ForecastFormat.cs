namespace Fokus.Web.Features.KeyResults;

/// <summary>Forecast values are estimates: shown with as few decimals as their size needs (1 234, 56.8, 3.14).</summary>
internal static class ForecastFormat
{
    public static decimal Rounded(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return 0;
        var clamped = Math.Clamp(value, -1e15, 1e15);
        var size = Math.Abs(clamped);
        return Math.Round((decimal)clamped, size >= 100 ? 0 : size >= 10 ? 1 : 2, MidpointRounding.AwayFromZero);
    }
}
