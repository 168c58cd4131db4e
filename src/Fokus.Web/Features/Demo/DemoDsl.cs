using Fokus.Core.Model;

namespace Fokus.Web.Features.Demo;

/// <summary>Short constructors that keep the per-language data files readable as data.</summary>
internal static class DemoDsl
{
    public const string LeadershipTeam = "leadership";

    public static ObjectiveData Strategic(string key, string title, string description, params KrData[] krs) =>
        new(key, ObjectiveLevel.Strategic, title, description, LeadershipTeam, null, null, krs);

    public static ObjectiveData Company(string key, string parent, string title, string description, params KrData[] krs) =>
        new(key, ObjectiveLevel.Company, title, description, LeadershipTeam, null, parent, krs);

    public static ObjectiveData TeamGoal(string key, string team, string parent, string title, string description, params KrData[] krs) =>
        new(key, ObjectiveLevel.Team, title, description, team, null, parent, krs);

    public static ObjectiveData Personal(string key, string person, string parent, string title, string description, params KrData[] krs) =>
        new(key, ObjectiveLevel.Personal, title, description, null, person, parent, krs);

    public static ObjectiveData Draft(ObjectiveData objective) => objective with { State = ObjectiveState.Draft };

    /// <summary>A count or measure; the direction follows from start and target.</summary>
    public static KrData Count(string title, decimal start, decimal target, string unit, string owner, double pace, decimal weight = 1m) =>
        new(title, KeyResultType.Number, DirectionOf(start, target), start, target, unit, owner, pace, Weight: weight);

    public static KrData Percent(string title, decimal start, decimal target, string owner, double pace, decimal weight = 1m) =>
        new(title, KeyResultType.Percent, DirectionOf(start, target), start, target, "%", owner, pace, Weight: weight);

    public static KrData Sek(string title, decimal start, decimal target, string owner, double pace, decimal weight = 1m) =>
        new(title, KeyResultType.Currency, DirectionOf(start, target), start, target, "kr", owner, pace, Weight: weight);

    public static KrData AtLeast(string title, KeyResultType type, decimal start, decimal threshold, string unit, string owner, double pace) =>
        new(title, type, Direction.AtLeast, start, threshold, unit, owner, pace);

    public static KrData AtMost(string title, KeyResultType type, decimal start, decimal threshold, string unit, string owner, double pace) =>
        new(title, type, Direction.AtMost, start, threshold, unit, owner, pace);

    /// <param name="doneAt">Share of the period after which it was done; null while not done.</param>
    public static KrData Milestone(string title, string owner, double? doneAt) =>
        new(title, KeyResultType.Milestone, Direction.Increase, 0, 1, "", owner, doneAt is null ? 0 : 1, doneAt);

    /// <summary>The key result's own blocker for its latest check-ins, so a worried story reads true.</summary>
    public static KrData Blocked(this KrData kr, string blocker) => kr with { Blocker = blocker };

    public static KrRef Kr(string objective, int index) => new(objective, index);

    private static Direction DirectionOf(decimal start, decimal target) =>
        target >= start ? Direction.Increase : Direction.Decrease;
}
