using Fokus.Core.Imports;

namespace Fokus.Core.Tests.Imports;

public sealed class BadRowsTests
{
    private static readonly ImportPlan Plan = ImportPlanner.Plan(Sheets.Of($"""
        Objective       | Key result | Type      | Direction | Start | Target | Current | Weight | Confidence
        Faster delivery | Lead time  | number    | decrease  | 10    | 5      | 8       | 1      | 7
        Faster delivery |            | number    |           | 1     | 2      |         |        |
        Faster delivery | Same       | number    | increase  | 4     | 4      |         |        |
        Faster delivery | Kept       | number    | at least  | 4     | 4      |         |        |
        Faster delivery | Words      | number    | sideways  | 1     | 2      |         |        |
        Faster delivery | Kind       | gizmo     |           | 1     | 2      |         |        |
        Faster delivery | Text start | number    |           | lots  | 2      |         |        |
        Faster delivery | Backwards  | number    | increase  | 9     | 2      |         |        |
        Faster delivery | Heavy      | number    |           | 1     | 2      |         | 101    | 11
        Faster delivery | No target  | number    |           | 1     |        |         |        |
                        | {new string('x', 301)} | number | | 1 | 2 | | |
        """), Sheets.En);

    [Theory]
    [InlineData(3, "Key result", ImportProblems.MissingTitle)]
    [InlineData(4, "Target", ImportProblems.StartEqualsTarget)]
    [InlineData(6, "Direction", ImportProblems.UnknownDirection)]
    [InlineData(7, "Type", ImportProblems.UnknownType)]
    [InlineData(8, "Start", ImportProblems.NotANumber)]
    [InlineData(9, "Target", ImportProblems.TargetBelowStart)]
    [InlineData(10, "Weight", ImportProblems.OutOfRange)]
    [InlineData(10, "Confidence", ImportProblems.OutOfRange)]
    [InlineData(11, "Target", ImportProblems.MissingValue)]
    [InlineData(12, "Key result", ImportProblems.TooLong)]
    public void EveryBadRow_IsNamedByRowAndColumnHeader(int row, string column, string key) =>
        Assert.Contains(Plan.Problems, p => p.Row == row && p.Column == column && p.MessageKey == key && p.IsError);

    [Fact]
    public void GoodRows_HaveNoProblems_AndAtLeastMayKeepStartEqualToTarget()
    {
        Assert.DoesNotContain(Plan.Problems, p => p.Row is 2 or 5);
        Assert.Equal(10, Plan.Errors().Count());
    }

    [Fact]
    public void UnknownWords_AreQuotedBackToThePerson()
    {
        Assert.Equal(["sideways"], Plan.Problems.Single(p => p.MessageKey == ImportProblems.UnknownDirection).Args);
        Assert.Equal(["lots"], Plan.Problems.Single(p => p.MessageKey == ImportProblems.NotANumber).Args);
    }

    [Fact]
    public void MoreThan25KeyResults_OnOneObjective_IsAProblemOnTheObjectiveRow()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 26).Select(i => $"Big | KR {i} | 0 | {i}"));
        var plan = ImportPlanner.Plan(Sheets.Of("Objective | Key result | Start | Target\n" + rows), Sheets.En);
        var p = plan.Single(ImportProblems.TooManyKeyResults);
        Assert.Equal((2, "Key result", "26"), (p.Row, p.Column, p.Args[0]));
    }

    [Fact]
    public void AmbiguousThousands_IsAWarningThatSaysWhichReadingWasTaken()
    {
        var sheet = Sheets.Of("""
            Objective | Key result | Start | Target
            Sell more | Orders     | 2,610 | 3,500
            Sell more | Basket     | 2,61  | 3
            """);
        var en = ImportPlanner.Plan(sheet, Sheets.En);
        Assert.Empty(en.Errors());
        Assert.Equal([2610m, 2.61m], en.Objectives[0].KeyResults.Select(k => k.Start));
        var ambiguous = en.Problems.Where(p => p.MessageKey == ImportProblems.AmbiguousNumber).ToList();
        Assert.Equal(2, ambiguous.Count);
        Assert.Equal(["2,610", "2610", "2.61"], ambiguous[0].Args);
        Assert.Equal((2, "Start", false), (ambiguous[0].Row, ambiguous[0].Column, ambiguous[0].IsError));
        var foreign = en.Single(ImportProblems.UnusualDecimalSeparator);
        Assert.Equal((3, "Start"), (foreign.Row, foreign.Column));

        var sv = ImportPlanner.Plan(sheet, Sheets.Sv);
        Assert.Equal([2.61m, 2.61m], sv.Objectives[0].KeyResults.Select(k => k.Start));
        Assert.Equal(["2,610", "2.61", "2610"], sv.Problems.First(p => p.MessageKey == ImportProblems.AmbiguousNumber).Args);
    }

    [Fact]
    public void MissingObjectiveColumn_IsAProblemOnTheFile()
    {
        var plan = ImportPlanner.Plan(Sheets.Of("Foo | Bar\n1 | 2"), new ImportMapping(ImportLayout.Custom, new Dictionary<ImportField, int>()), Sheets.En);
        var p = plan.Single(ImportProblems.MissingColumn);
        Assert.Equal(0, p.Row);
        Assert.Empty(plan.Objectives);
    }
}
