using Fokus.Core.Exchange;
using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

public sealed class DocumentPlannerTests
{
    private static readonly Guid Top = Guid.NewGuid(), Child = Guid.NewGuid(), Kr = Guid.NewGuid(), Strategic = Guid.NewGuid();
    private static readonly DateTimeOffset Monday = new(2027, 1, 11, 9, 0, 0, TimeSpan.Zero);

    private static ExchangeKeyResult KeyResult(string type = "Number", string direction = "Increase", decimal start = 10, decimal target = 20) =>
        new(Kr, "Weekly active buyers", "", type, "buyers", null, direction, start, target, 14, false, 1, "member@fokus.example", null,
        [
            new ExchangeCheckIn(Monday.AddDays(7), 14, null, 6, "Campaign", "", "", "member@fokus.example"),
            new ExchangeCheckIn(Monday, 12, null, 7, "", "Stock", "note", "member@fokus.example"),
        ]);

    private static OkrExchangeDocument Doc(params ExchangeObjective[] objectives) =>
        new(OkrExchangeDocument.FormatName, OkrExchangeDocument.CurrentVersion, Monday, "Fjällvind AB", [], [], objectives, []);

    private static ExchangeObjective Objective(Guid id, Guid? parent, params ExchangeKeyResult[] krs) =>
        new(id, "Title " + id.ToString()[..4], "", "Team", "Q1 2027", "E-handel", "lead@fokus.example", parent, "Active", krs);

    [Fact]
    public void PlanDocument_KeepsIdsParentsAndCheckInHistory()
    {
        var plan = ImportPlanner.PlanDocument(Doc(Objective(Top, Strategic), Objective(Child, Top, KeyResult())));
        Assert.Empty(plan.Problems);
        var (top, child) = (plan.Objectives[0], plan.Objectives[1]);
        Assert.Equal((Top, (string?)null, (Guid?)Strategic), (top.SourceId!.Value, top.ParentRef, top.ParentSourceId));
        Assert.Equal((Child, Top.ToString(), ObjectiveLevel.Team), (child.SourceId!.Value, child.ParentRef, child.Level!.Value));
        var kr = child.KeyResults.Single();
        Assert.Equal((Kr, KeyResultType.Number, "buyers", (decimal?)null), (kr.SourceId!.Value, kr.Type, kr.Unit, kr.Current));
        Assert.Equal([Monday, Monday.AddDays(7)], kr.CheckIns.Select(c => c.CreatedAt));
        Assert.Equal(("Stock", "note", 7), (kr.CheckIns[0].Blockers, kr.CheckIns[0].Note, kr.CheckIns[0].Confidence));
        Assert.Equal(1, plan.CheckInCount);
    }

    [Fact]
    public void PlanDocument_BadValues_NameTheirJsonPath()
    {
        var plan = ImportPlanner.PlanDocument(Doc(Objective(Top, null, KeyResult(type: "Gizmo"), KeyResult(direction: "Increase", start: 5, target: 5))));
        var type = plan.Single(ImportProblems.UnknownType);
        Assert.Equal((1, "objectives[0].keyResults[0].type", "Gizmo"), (type.Row, type.Column, type.Args[0]));
        Assert.Equal("objectives[0].keyResults[1].targetValue", plan.Single(ImportProblems.StartEqualsTarget).Column);
    }

    [Fact]
    public void PlanDocument_OtherFormatOrNewerVersion_IsRefused()
    {
        var other = ImportPlanner.PlanDocument(Doc(Objective(Top, null)) with { Format = "something-else" });
        Assert.Equal((0, ImportProblems.NotFokusDocument), (other.Problems.Single().Row, other.Problems.Single().MessageKey));
        Assert.Empty(other.Objectives);
        var newer = ImportPlanner.PlanDocument(Doc(Objective(Top, null)) with { Version = 99 });
        Assert.Equal(ImportProblems.UnsupportedVersion, newer.Problems.Single().MessageKey);
    }

    [Fact]
    public void PlanDocument_ParentCycle_IsAProblem()
    {
        var plan = ImportPlanner.PlanDocument(Doc(Objective(Top, Child), Objective(Child, Top)));
        Assert.Equal(2, plan.Problems.Count(p => p.MessageKey == ImportProblems.AlignmentCycle));
        Assert.All(plan.Objectives, o => Assert.Null(o.ParentRef));
    }
}
