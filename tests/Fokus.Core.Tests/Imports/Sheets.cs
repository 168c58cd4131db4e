using System.Globalization;
using Fokus.Core.Imports;

namespace Fokus.Core.Tests.Imports;

/// <summary>Sample sheets written as tables: the first line is the header (row 1), cells are split on '|'.</summary>
internal static class Sheets
{
    public static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");
    public static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static ImportSheet Of(string table)
    {
        var lines = table.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        var headers = Cells(lines[0]);
        var rows = lines.Skip(1).Select((l, i) => new ImportRow(i + 2, Cells(l))).ToList();
        return new ImportSheet("Sheet1", headers, rows);
    }

    private static List<string> Cells(string line) => line.Split('|').Select(c => c.Trim()).ToList();

    public static IEnumerable<ImportProblem> Errors(this ImportPlan plan) => plan.Problems.Where(p => p.IsError);
    public static IEnumerable<ImportProblem> Warnings(this ImportPlan plan) => plan.Problems.Where(p => !p.IsError);

    public static ImportProblem Single(this ImportPlan plan, string key) =>
        Assert.Single(plan.Problems, p => p.MessageKey == key);
}
