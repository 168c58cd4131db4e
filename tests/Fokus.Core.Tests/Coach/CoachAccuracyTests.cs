using Fokus.Core.Coach;
using Xunit.Abstractions;

namespace Fokus.Core.Tests.Coach;

/// <summary>
/// Accuracy on a labelled set written apart from the lexicons (Coach/labelled-key-results.tsv),
/// reported per language and class in the test output.
/// </summary>
public class CoachAccuracyTests(ITestOutputHelper output)
{
    // Guards against regressions. The set shaped the lexicons after its first run (92.1 %), so this figure is
    // in-sample; the product goal of 90 % is judged on an unseen set (issue #5).
    private const double OverallFloor = 0.95;

    private sealed record Labelled(string Language, KeyResultClass Expected, string Domain, string Text);

    private static IReadOnlyList<Labelled> Load() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Coach", "labelled-key-results.tsv")).Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new Labelled(f[0], Enum.Parse<KeyResultClass>(f[1], ignoreCase: true), f[2], f[3]))
            .ToList();

    [Fact]
    public void LabelledSet_IsLargeAndCoversBothLanguages()
    {
        var set = Load();
        Assert.True(set.Count >= 150, $"only {set.Count} labelled key results");
        Assert.All(new[] { "sv", "en" }, l => Assert.Contains(set, x => x.Language == l));
    }

    [Fact]
    public void Classification_ReachesTheAccuracyFloor_AndReportsPerLanguageAndClass()
    {
        var results = Load().Select(x => (x, Actual: KeyResultCoach.Analyze(x.Text, null, "en").Classification)).ToList();
        foreach (var language in new[] { "sv", "en" })
        {
            var inLanguage = results.Where(r => r.x.Language == language).ToList();
            output.WriteLine($"{language}: accuracy {Share(inLanguage.Count(r => r.Actual == r.x.Expected), inLanguage.Count)} of {inLanguage.Count}");
            foreach (var cls in Enum.GetValues<KeyResultClass>())
            {
                var ofClass = inLanguage.Where(r => r.x.Expected == cls).ToList();
                output.WriteLine($"  {cls,-8} recall {Share(ofClass.Count(r => r.Actual == cls), ofClass.Count)} of {ofClass.Count}");
            }
        }
        foreach (var miss in results.Where(r => r.Actual != r.x.Expected))
            output.WriteLine($"MISS {miss.x.Language} expected {miss.x.Expected} got {miss.Actual}: {miss.x.Text}");
        var accuracy = results.Count(r => r.Actual == r.x.Expected) / (double)results.Count;
        output.WriteLine($"overall accuracy {accuracy:P1} of {results.Count}");
        Assert.True(accuracy >= OverallFloor, $"accuracy {accuracy:P1} below {OverallFloor:P0}");
    }

    [Fact]
    public void Language_IsDetectedWhenNotGiven()
    {
        var wrong = Load().Where(x => LanguageDetector.Detect(x.Text) != x.Language).Select(x => x.Text).ToList();
        output.WriteLine($"language detection misses: {wrong.Count}");
        Assert.True(wrong.Count <= Load().Count / 20, string.Join(" | ", wrong));
    }

    private static string Share(int hits, int total) => total == 0 ? "-" : $"{hits / (double)total:P1}";
}
