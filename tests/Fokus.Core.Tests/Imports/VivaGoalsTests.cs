using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

/// <summary>Viva Goals' Excel export as its public documentation describes it: an Explorer view exported to Excel, one row
/// per item, Type Objective / Key Result / Project (initiatives may be renamed Project), the parent named by its title,
/// and key-result metrics Reach, Increase from, Decrease from, Stay above and Stay below with start, target and current.</summary>
public sealed class VivaGoalsTests
{
    private static readonly ImportSheet Sheet = Sheets.Of("""
        Title                  | Type       | Parent                 | Owner(s)      | Team(s)   | Time Period | Start Date | End Date   | Status   | Progress | Metric        | Start Value | Target Value | Current Value | Unit | Score
        Grow our community     | Objective  |                        | Sara Lind     | Marketing | Q1 2027     | 2027-01-01 | 2027-03-31 | On track | 45%      |               |             |              |               |      |
        Newsletter subscribers | Key Result | Grow our community     | Ola Berg      | Marketing | Q1 2027     | 2027-01-01 | 2027-03-31 | On track | 44%      | Increase from | 12,000      | 20,000       | 15,500        |      |
        Unsubscribe rate       | Key Result | Grow our community     | Ola Berg      | Marketing | Q1 2027     | 2027-01-01 | 2027-03-31 | On track | 100%     | Stay below    | 2           | 2            | 1.5           | %    |
        Launch the forum       | Key Result | Grow our community     | Sara Lind     | Marketing | Q1 2027     | 2027-01-01 | 2027-03-31 | Behind   | 30%      |               |             |              |               |      |
        Spring campaign        | Project    | Newsletter subscribers | Ola Berg      | Marketing | Q1 2027     | 2027-01-01 | 2027-03-31 | On track | 60%      |               |             |              |               |      |
        Community events       | Objective  | Grow our community     | Eva Holm      | Events    | Q1 2027     | 2027-01-01 | 2027-03-31 | At risk  | 24%      |               |             |              |               |      |
        Event attendees        | Key Result | Community events       | Eva Holm      | Events    | Q1 2027     | 2027-01-01 | 2027-03-31 | At risk  | 24%      | Reach         | 0           | 500          | 120           |      |
        """);

    [Fact]
    public void Detect_VivaGoalsExport()
    {
        var mapping = ImportLayoutDetector.Detect(Sheet.Headers);
        Assert.Equal(ImportLayout.VivaGoals, mapping.Layout);
        Assert.Equal(1, mapping.ColumnOf(ImportField.RowKind));
        Assert.Equal(2, mapping.ColumnOf(ImportField.ParentRowIds));
        Assert.Equal(10, mapping.ColumnOf(ImportField.Direction));
        Assert.Equal(9, mapping.ColumnOf(ImportField.Completion));
    }

    [Fact]
    public void Plan_ObjectivesWithTheirKeyResults_ParentsByTitle_MetricKindsAsDirections()
    {
        var plan = ImportPlanner.Plan(Sheet, Sheets.En);
        Assert.Empty(plan.Errors());
        Assert.Equal(["Grow our community", "Community events"], plan.Objectives.Select(o => o.Title));
        var community = plan.Objectives[0];
        Assert.Equal(("Sara Lind", "Marketing", "Q1 2027"), (community.Owner, community.Team, community.Period));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)), (community.StartDate, community.EndDate));
        var krs = community.KeyResults;
        Assert.Equal(["Newsletter subscribers", "Unsubscribe rate", "Launch the forum"], krs.Select(k => k.Title));
        Assert.Equal((Direction.Increase, 12000m, 20000m, 15500m, "Ola Berg"), (krs[0].Direction, krs[0].Start, krs[0].Target, krs[0].Current, krs[0].Owner));
        Assert.Equal((Direction.AtMost, KeyResultType.Percent, 1.5m), (krs[1].Direction, krs[1].Type, krs[1].Current));
        Assert.Equal((KeyResultType.Percent, 0m, 100m, 30m), (krs[2].Type, krs[2].Start, krs[2].Target, krs[2].Current));
        var events = plan.Objectives[1];
        Assert.Equal(community.Ref, events.ParentRef);
        Assert.Equal((Direction.Increase, 500m, 120m), (events.KeyResults[0].Direction, events.KeyResults[0].Target, events.KeyResults[0].Current));
    }

    [Fact]
    public void Plan_ProjectsAreNotGoals_AndSaySo()
    {
        var plan = ImportPlanner.Plan(Sheet, Sheets.En);
        var p = plan.Single(ImportProblems.InitiativeSkipped);
        Assert.Equal((6, "Type", false, "Spring campaign"), (p.Row, p.Column, p.IsError, p.Args[0]));
        Assert.Equal(4, plan.KeyResultCount);
    }
}
