namespace Fokus.Bench.Generate;

internal static class CountSpreader
{
    /// <summary>
    /// Splits <paramref name="total"/> over <paramref name="slots"/> evenly, then moves up to a quarter
    /// of the share between neighbours so counts vary while the sum stays exact.
    /// </summary>
    public static int[] Spread(int total, int slots, Random random)
    {
        var counts = new int[slots];
        if (slots == 0) return counts;
        var share = total / slots;
        var remainder = total % slots;
        for (var i = 0; i < slots; i++)
            counts[i] = share + (i < remainder ? 1 : 0);
        var jitter = share / 4;
        for (var i = 0; i + 1 < slots; i += 2)
        {
            var moved = random.Next(-jitter, jitter + 1);
            counts[i] -= moved;
            counts[i + 1] += moved;
        }
        return counts;
    }
}
