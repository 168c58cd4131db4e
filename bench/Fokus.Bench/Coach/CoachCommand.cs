using System.Diagnostics;
using Fokus.Core.Coach;

namespace Fokus.Bench.Coach;

/// <summary>`coach [--iterations N]`: time the offline coach per key result, in Swedish and English.</summary>
internal static class CoachCommand
{
    private static readonly string[] Samples =
    [
        "Ring 100 kalla samtal till nya kunder i Norrland",
        "Vinn 15 nya kunder inom segment X (från 3 till 18)",
        "Minska ledtiden för leveranser från 12 till 8 dagar",
        "Förbättra kundupplevelsen",
        "Publicera 20 blogginlägg om våra tjänster",
        "Öka konverteringen på webben från 1,8 % till 2,5 %",
        "Make 100 cold calls to prospects in the Nordics",
        "Increase trial-to-paid conversion from 8 % to 12 %",
        "Improve internal communication",
        "Reduce p95 page load from 3.2 s to 1.5 s",
        "Hold 12 customer workshops this quarter",
        "Double the leads from partners",
    ];

    public static int Run(string[] args)
    {
        var iterations = args is ["--iterations", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        foreach (var text in Samples) KeyResultCoach.Analyze(text, null, "en");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) KeyResultCoach.Analyze(Samples[i % Samples.Length], null, "sv");
        watch.Stop();
        var perKr = watch.Elapsed.TotalMicroseconds / iterations;
        Console.WriteLine($"| coach | key results analysed | µs per key result (language detected) | target |");
        Console.WriteLine($"|---|---:|---:|---|");
        Console.WriteLine($"| KeyResultCoach.Analyze | {iterations:N0} | {perKr:F1} | < 1,000 µs |");
        return perKr < 1000 ? 0 : 1;
    }
}
