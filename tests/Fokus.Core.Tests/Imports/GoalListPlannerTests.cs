using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

public sealed class GoalListPlannerTests
{
    // A bulk-upload sheet in the parent-row-id style: every row a goal, hierarchy through Parent Row IDs.
    private static readonly ImportSheet Sheet = Sheets.Of("""
        Row ID | Parent Row IDs | Title                         | Type       | Owner            | Team     | Start | Target | Current | Unit
        1      |                | Be the outdoor brand of choice | Objective  | ceo@example.com  |          |       |        |         |
        2      | 1              | Grow online sales             |            | lead@example.com | E-com    |       |        |         |
        3      | 2              | Online revenue (MSEK)          |            | lead@example.com | E-com    | 40    | 60     | 47      | MSEK
        4      | 2              | Conversion rate               |            | anna@example.com | E-com    | 2,1 % | 3 %    | 2,4 %   |
        5      | 1              | Fewer returns                 |            | ops@example.com  | Logistik |       |        |         |
        6      | 5              | Return rate                   | Key Result | ops@example.com  | Logistik | 14    | 8      |         | %
        7      | 2, 5           | Loyalty members               |            | anna@example.com | E-com    | 1000  | 5000   |         |
        8      | 99             | Lost goal                     |            |                  |          |       |        |         |
        9      | 6              | Carrier review                | Project    |                  |          |       |        |         |
        """);

    [Fact]
    public void Detect_RowIdAndParentRowIds_IsTheParentRowIdLayout()
    {
        var mapping = ImportLayoutDetector.Detect(Sheet.Headers);
        Assert.Equal(ImportLayout.ParentRowIds, mapping.Layout);
        Assert.Equal(3, mapping.ColumnOf(ImportField.RowKind));
        Assert.Equal(2, mapping.ColumnOf(ImportField.Objective));
    }

    [Fact]
    public void Plan_GoalsWithMeasurableChildren_AreObjectivesWithKeyResults_AlignedByHierarchy()
    {
        var plan = ImportPlanner.Plan(Sheet, Sheets.Sv);
        Assert.Equal(["1", "2", "5", "8"], plan.Objectives.Select(o => o.Ref));
        var brand = plan.Objectives[0];
        Assert.Empty(brand.KeyResults);
        Assert.Null(brand.ParentRef);
        Assert.Equal("ceo@example.com", brand.Owner);
        var online = plan.Objectives[1];
        Assert.Equal("1", online.ParentRef);
        Assert.Equal("E-com", online.Team);
        Assert.Equal(["Online revenue (MSEK)", "Conversion rate", "Loyalty members"], online.KeyResults.Select(k => k.Title));
        Assert.Equal((40m, 60m, 47m, "MSEK"), (online.KeyResults[0].Start, online.KeyResults[0].Target, online.KeyResults[0].Current, online.KeyResults[0].Unit));
        Assert.Equal((KeyResultType.Percent, 2.1m, 3m), (online.KeyResults[1].Type, online.KeyResults[1].Start, online.KeyResults[1].Target));
        var returns = plan.Objectives[2];
        Assert.Equal("1", returns.ParentRef);
        var rate = Assert.Single(returns.KeyResults);
        Assert.Equal((KeyResultType.Percent, Direction.Decrease), (rate.Type, rate.Direction));
    }

    [Fact]
    public void Plan_ExtraParentsUnknownParentsAndProjects_AreProblemsOnTheirRows()
    {
        var plan = ImportPlanner.Plan(Sheet, Sheets.Sv);
        var extra = plan.Single(ImportProblems.ExtraParentsIgnored);
        Assert.Equal((8, "Parent Row IDs", false, "5"), (extra.Row, extra.Column, extra.IsError, extra.Args[0]));
        var unknown = plan.Single(ImportProblems.UnknownParent);
        Assert.Equal((9, "Parent Row IDs", true, "99"), (unknown.Row, unknown.Column, unknown.IsError, unknown.Args[0]));
        var project = plan.Single(ImportProblems.InitiativeSkipped);
        Assert.Equal((10, false), (project.Row, project.IsError));
    }

    [Fact]
    public void Plan_ParentCycle_IsAProblemOnEveryRowOfTheCycle_NotAnException()
    {
        var sheet = Sheets.Of("""
            Row ID | Parent Row IDs | Title  | Start | Target
            a      | c              | Alpha  |       |
            b      | a              | Beta   |       |
            c      | b              | Gamma  |       |
            d      | c              | Delta  | 1     | 5
            e      | e              | Self   |       |
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        var cycle = plan.Problems.Where(p => p.MessageKey == ImportProblems.AlignmentCycle).ToList();
        Assert.Equal([2, 3, 4, 6], cycle.Select(p => p.Row).Order());
        Assert.All(cycle, p => Assert.Equal("Parent Row IDs", p.Column));
        Assert.Equal("Alpha → Gamma → Beta → Alpha", cycle.First(p => p.Row == 2).Args[0]);
        Assert.Equal(["a", "b", "c", "e"], plan.Objectives.Select(o => o.Ref));
        Assert.All(plan.Objectives, o => Assert.Null(o.ParentRef));
        Assert.Equal("Delta", Assert.Single(plan.Objectives[2].KeyResults).Title);
    }

    [Fact]
    public void Plan_MeasurableGoalWithoutParent_IsAnObjective_AndAKeyResultTypeWithoutObjectiveIsAProblem()
    {
        var sheet = Sheets.Of("""
            Row ID | Parent Row IDs | Title   | Type       | Start | Target
            1      |                | Alone   |            | 1     | 5
            2      |                | Orphan  | Key result | 1     | 5
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        Assert.Equal(["Alone"], plan.Objectives.Select(o => o.Title));
        Assert.Equal(2, plan.Single(ImportProblems.MetricIgnored).Row);
        Assert.Equal(3, plan.Single(ImportProblems.KeyResultWithoutObjective).Row);
    }
}
