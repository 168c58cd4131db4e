using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

public sealed class FlatPlannerTests
{
    [Fact]
    public void SwedishSheet_WrittenOnce_FillsDownObjectiveTeamAndPeriod()
    {
        var sheet = Sheets.Of("""
            Mål                    | Team      | Kvartal | Nyckelresultat          | Startvärde | Målvärde  | Nuvarande | Ägare
            Fler nöjda kunder      | E-handel  | Q1 2027 | NPS                     | 32         | 50        | 41        | anna@fjallvind.se
                                   |           |         | Andel återköp           | 18 %       | 25 %      | 21,5 %    | erik@fjallvind.se
                                   |           |         | Snittorder              | 1 234,5 kr | 1 500 kr  |           |
            Halvera returerna      | Logistik  | Q1 2027 | Returgrad               | 12         | 6         | 10        |
            """);
        var mapping = ImportLayoutDetector.Detect(sheet.Headers);
        Assert.Equal(ImportLayout.FlatKeyResults, mapping.Layout);

        var plan = ImportPlanner.Plan(sheet, mapping, Sheets.Sv);

        Assert.Empty(plan.Problems);
        Assert.Equal(2, plan.Objectives.Count);
        var customers = plan.Objectives[0];
        Assert.Equal(("Fler nöjda kunder", "E-handel", "Q1 2027", 2), (customers.Title, customers.Team, customers.Period, customers.Row));
        Assert.Equal(3, customers.KeyResults.Count);
        var share = customers.KeyResults[1];
        Assert.Equal((KeyResultType.Percent, 18m, 25m, 21.5m, 3), (share.Type, share.Start, share.Target, share.Current, share.Row));
        var order = customers.KeyResults[2];
        Assert.Equal((KeyResultType.Currency, "SEK", 1234.5m, 1500m, (decimal?)null), (order.Type, order.CurrencyCode, order.Start, order.Target, order.Current));
        Assert.Equal(Direction.Increase, order.Direction);
        var returns = plan.Objectives[1].KeyResults.Single();
        Assert.Equal(Direction.Decrease, returns.Direction);
        Assert.Equal(4, plan.KeyResultCount);
        Assert.Equal(3, plan.CheckInCount);
    }

    [Fact]
    public void RepeatedObjective_OnEveryRow_IsOneObjective()
    {
        var sheet = Sheets.Of("""
            Objective     | Team | Key result | Baseline | Target | Actual | Direction
            Grow revenue  | B2B  | ARR        | $1,200   | $2,000 | $1,450 | increase
            Grow revenue  | B2B  | Churn      | 5%       | 3%     | 4.5%   | decrease
            Grow revenue  | B2C  | Visitors   | 10,000   | 15,000 |        |
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        Assert.Empty(plan.Errors());
        Assert.Equal([2, 1], plan.Objectives.Select(o => o.KeyResults.Count));
        var arr = plan.Objectives[0].KeyResults[0];
        Assert.Equal(("USD", 1200m, 2000m, 1450m), (arr.CurrencyCode, arr.Start, arr.Target, arr.Current));
        Assert.Equal(10000m, plan.Objectives[1].KeyResults[0].Start);
    }

    [Fact]
    public void KeyResultRowBeforeAnyObjective_NamesRowAndColumn()
    {
        var sheet = Sheets.Of("""
            Objective    | Key result | Start | Target
                         | Orphan     | 1     | 2
            Real         | Fine       | 1     | 2
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        var p = plan.Single(ImportProblems.KeyResultWithoutObjective);
        Assert.Equal((2, "Objective", true), (p.Row, p.Column, p.IsError));
        Assert.Single(plan.Objectives);
    }

    [Fact]
    public void ParentObjectiveIds_LinkObjectivesOfTheFile_AndACycleIsAProblem()
    {
        var sheet = Sheets.Of("""
            Objective ID | Objective | Parent objective ID | Key result | Start | Target
            A            | Alpha     | C                   | K1         | 0     | 1
            B            | Beta      | A                   | K2         | 0     | 1
            C            | Gamma     | B                   | K3         | 0     | 1
            D            | Delta     | A                   | K4         | 0     | 1
            E            | Epsilon   | nowhere             | K5         | 0     | 1
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        var cycle = plan.Problems.Where(p => p.MessageKey == ImportProblems.AlignmentCycle).ToList();
        Assert.Equal([2, 3, 4], cycle.Select(p => p.Row).Order());
        Assert.All(cycle, p => Assert.Equal("Parent objective ID", p.Column));
        Assert.Contains("Alpha", cycle[0].Args[0]);
        Assert.All(plan.Objectives.Take(3), o => Assert.Null(o.ParentRef));
        Assert.Equal("A", plan.Objectives[3].ParentRef);
        var unknown = plan.Single(ImportProblems.UnknownParent);
        Assert.Equal((6, false), (unknown.Row, unknown.IsError));
    }
}

public sealed class FlatPlannerMoreTests
{
    [Fact]
    public void Milestones_ReadFromWordsAndNumbers_AndAPlainParentColumnAligns()
    {
        var sheet = Sheets.Of("""
            Objective | Parent | Key result   | Type      | Current
            Launch    |        | Shop live    | milestone | ja
            Launch    |        | App live     | milstolpe | 0
            Launch    |        | Press        | Milestone | 1,0
            Launch    |        | Partners     | binary    | kanske
            Sub       | Launch | Ads live     | milestone |
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.Sv);
        var launch = plan.Objectives[0].KeyResults;
        Assert.Equal([true, false, true, false], launch.Select(k => k.Done));
        Assert.Equal([1m, 0m, 1m, null], launch.Select(k => k.Current));
        Assert.All(launch, k => Assert.Equal((Fokus.Core.Model.KeyResultType.Milestone, 0m, 1m), (k.Type, k.Start, k.Target)));
        var p = plan.Single(ImportProblems.NotYesOrNo);
        Assert.Equal((5, "Current", "kanske"), (p.Row, p.Column, p.Args[0]));
        Assert.Equal(plan.Objectives[0].Ref, plan.Objectives[1].ParentRef);
    }

    [Fact]
    public void ObjectiveOnlyRows_AndBlankLines_AreFine()
    {
        var sheet = Sheets.Of("""
            Objective | Key result | Start | Target
            Alone     |            |       |
                      |            |       |
            Next      | Count      | 1     | 3
            """);
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        Assert.Empty(plan.Problems);
        Assert.Equal([0, 1], plan.Objectives.Select(o => o.KeyResults.Count));
    }
}
