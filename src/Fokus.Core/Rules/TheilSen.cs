namespace Fokus.Core.Rules;

/// <summary>
/// The Theil–Sen line: the slope is the median of the slopes between every pair of points with different x,
/// the intercept the median of y − slope·x. Up to about 29 % of the points may be wild without moving it far.
/// </summary>
public static class TheilSen
{
    public static int PairCount(int n) => n * (n - 1) / 2;

    /// <summary>The line through the points; slope 0 when no two points differ in x.</summary>
    /// <param name="buffer">Room for the pairwise slopes (at least <see cref="PairCount"/>), reused between calls.</param>
    public static (double Intercept, double Slope) Fit(double[] xs, double[] ys, double[]? buffer = null)
    {
        var n = xs.Length;
        if (n == 0) return (0, 0);
        buffer ??= new double[Math.Max(PairCount(n), n)];
        var count = 0;
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (xs[j] != xs[i]) buffer[count++] = (ys[j] - ys[i]) / (xs[j] - xs[i]);
        var slope = count == 0 ? 0 : Median(buffer.AsSpan(0, count));
        for (var i = 0; i < n; i++) buffer[i] = ys[i] - slope * xs[i];
        return (Median(buffer.AsSpan(0, n)), slope);
    }

    /// <summary>The median (reorders the span).</summary>
    public static double Median(Span<double> values)
    {
        var middle = values.Length / 2;
        var upper = Select(values, middle);
        if (values.Length % 2 == 1) return upper;
        // After selecting, everything left of the middle is at most the upper median: the lower one is their maximum.
        var lower = double.NegativeInfinity;
        for (var i = 0; i < middle; i++) lower = Math.Max(lower, values[i]);
        return (lower + upper) / 2;
    }

    /// <summary>The k-th smallest value (Hoare's quickselect), leaving smaller values left of k and larger right.</summary>
    private static double Select(Span<double> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[left + (right - left) / 2];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j) { (values[i], values[j]) = (values[j], values[i]); i++; j--; }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else break;
        }
        return values[k];
    }
}
