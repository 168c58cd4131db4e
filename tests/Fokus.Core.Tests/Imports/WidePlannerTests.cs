using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

public sealed class WidePlannerTests
{
    private static readonly ImportSheet Sheet = Sheets.Of("""
        objective_title      | owner            | key_result_1_title | key_result_1_completion | key_result_2_title | key_result_2_start | key_result_2_target | key_result_2_current | key_result_2_owner | key_result_3_title | key_result_3_completion
        Win the north        | sara@example.com | Open two stores    | 50                      | Revenue north      | 0 kr               | 2 000 000 kr        | 450 000 kr           | ola@example.com    |                    |
        Happier staff        |                  | eNPS above 30      | 100                     |                    |                    |                     |                      |                    | Survey done        | 12,5
        """);

    [Fact]
    public void Detect_KeyResultNumberedColumns_IsTheWideLayout()
    {
        var mapping = ImportLayoutDetector.Detect(Sheet.Headers);
        Assert.Equal(ImportLayout.WideKeyResults, mapping.Layout);
        Assert.Equal(0, mapping.ColumnOf(ImportField.Objective));
        var groups = ImportLayoutDetector.WideGroups(Sheet.Headers);
        Assert.Equal([1, 2, 3], groups.Select(g => g.Number));
        Assert.Equal(5, groups[1].ColumnOf(ImportField.Start));
        Assert.Equal(8, groups[1].ColumnOf(ImportField.Owner));
    }

    [Fact]
    public void Plan_EachFilledGroupIsAKeyResult_CompletionOnlyIsPercentZeroToHundred()
    {
        var plan = ImportPlanner.Plan(Sheet, Sheets.Sv);
        Assert.Empty(plan.Problems);
        Assert.Equal(["Win the north", "Happier staff"], plan.Objectives.Select(o => o.Title));
        var north = plan.Objectives[0];
        Assert.Equal(2, north.KeyResults.Count);
        var stores = north.KeyResults[0];
        Assert.Equal((KeyResultType.Percent, 0m, 100m, 50m, false), (stores.Type, stores.Start, stores.Target, stores.Current, stores.Done));
        var revenue = north.KeyResults[1];
        Assert.Equal((KeyResultType.Currency, "SEK", 2_000_000m, 450_000m, "ola@example.com"),
            (revenue.Type, revenue.CurrencyCode, revenue.Target, revenue.Current, revenue.Owner));
        var staff = plan.Objectives[1].KeyResults;
        Assert.Equal(["eNPS above 30", "Survey done"], staff.Select(k => k.Title));
        Assert.Equal(100m, staff[0].Current);
        Assert.Equal("sara@example.com", north.Owner);
        Assert.Equal(12.5m, staff[1].Current);
    }

    [Fact]
    public void Plan_GroupWithValuesButNoTitle_NamesTheTitleColumn()
    {
        var sheet = Sheets.Of("""
            title | key_result_1_title | key_result_1_completion | key_result_2_title | key_result_2_completion
            Grow  | Leads              | 20                      |                    | 40
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        var p = plan.Single(ImportProblems.MissingTitle);
        Assert.Equal((2, "key_result_2_title"), (p.Row, p.Column));
        Assert.Single(plan.Objectives[0].KeyResults);
    }
}
