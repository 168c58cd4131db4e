using Fokus.Core.Imports;

namespace Fokus.Core.Tests.Imports;

public sealed class ProblemKeysTests
{
    [Fact]
    public void EveryProblemKey_IsListedWithBothTexts_InProblemKeysMd()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fokus.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var lines = File.ReadAllLines(Path.Combine(dir.FullName, "src", "Fokus.Core", "Imports", "PROBLEM_KEYS.md"));
        var rows = lines.Where(l => l.StartsWith("| Import.Problem.", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToDictionary(c => c[1], c => (En: c[2], Sv: c[3]));
        Assert.Equal(ImportProblems.All.Order(), rows.Keys.Order());
        Assert.All(rows.Values, t => Assert.True(t.En.Length > 5 && t.Sv.Length > 5 && t.En != t.Sv));
        Assert.All(ImportProblems.All, k => Assert.StartsWith("Import.Problem.", k));
    }
}
