using System.Globalization;
using Fokus.Core.Model;

namespace Fokus.Bench.Generate;

/// <summary>Type, direction, start/target and a readable title for the k-th generated key result.</summary>
internal static class KeyResultShapes
{
    /// <summary>Every type and every direction occurs within any 20 consecutive key results.</summary>
    private static readonly (KeyResultType Type, Direction Direction)[] Pattern =
    [
        (KeyResultType.Number, Direction.Increase), (KeyResultType.Number, Direction.Increase), (KeyResultType.Number, Direction.Increase),
        (KeyResultType.Number, Direction.Decrease), (KeyResultType.Number, Direction.Decrease),
        (KeyResultType.Number, Direction.AtLeast), (KeyResultType.Number, Direction.AtMost),
        (KeyResultType.Percent, Direction.Increase), (KeyResultType.Percent, Direction.Increase), (KeyResultType.Percent, Direction.Decrease),
        (KeyResultType.Percent, Direction.AtLeast), (KeyResultType.Percent, Direction.AtMost),
        (KeyResultType.Currency, Direction.Increase), (KeyResultType.Currency, Direction.Increase), (KeyResultType.Currency, Direction.Decrease),
        (KeyResultType.Currency, Direction.AtLeast), (KeyResultType.Currency, Direction.AtMost),
        (KeyResultType.Milestone, Direction.Increase), (KeyResultType.Milestone, Direction.Increase), (KeyResultType.Milestone, Direction.Increase),
    ];

    private static readonly Dictionary<(KeyResultType, Direction), string[]> Metrics = new()
    {
        [(KeyResultType.Number, Direction.Increase)] = ["active customers", "signed partners", "weekly active teams", "qualified leads"],
        [(KeyResultType.Number, Direction.Decrease)] = ["open incidents", "support backlog", "lead time in days", "manual release steps"],
        [(KeyResultType.Number, Direction.AtLeast)] = ["customer meetings a week", "releases a month", "published case studies"],
        [(KeyResultType.Number, Direction.AtMost)] = ["critical bugs open", "hours of unplanned downtime", "open positions"],
        [(KeyResultType.Percent, Direction.Increase)] = ["activation rate", "test coverage", "share of promoters", "trial conversion"],
        [(KeyResultType.Percent, Direction.Decrease)] = ["monthly churn", "failed deployments", "staff turnover"],
        [(KeyResultType.Percent, Direction.AtLeast)] = ["uptime", "on-time delivery", "gross margin"],
        [(KeyResultType.Percent, Direction.AtMost)] = ["error rate", "sick leave", "overdue invoices"],
        [(KeyResultType.Currency, Direction.Increase)] = ["recurring revenue", "partner revenue", "average deal size"],
        [(KeyResultType.Currency, Direction.Decrease)] = ["cost per customer", "cloud spend a month", "cost of delay"],
        [(KeyResultType.Currency, Direction.AtLeast)] = ["monthly cash flow", "revenue per employee"],
        [(KeyResultType.Currency, Direction.AtMost)] = ["travel spend a month", "licence costs a month"],
    };

    private static readonly string[] Milestones =
        ["Launch the new onboarding flow", "Sign the framework agreement", "Open the Hamburg office", "Go live with SSO", "Publish the public API"];

    public static KeyResult Create(int k, Random random)
    {
        var (type, direction) = Pattern[k * 7 % Pattern.Length];
        if (type == KeyResultType.Milestone)
            return new KeyResult { Title = Milestones[k % Milestones.Length], Type = type, Direction = direction, StartValue = 0, TargetValue = 1 };

        var scale = type switch { KeyResultType.Currency => 1000m, _ => 1m };
        var (start, target) = (type, direction) switch
        {
            (KeyResultType.Percent, Direction.Increase) => Pair(random.Next(10, 60), random.Next(65, 100)),
            (KeyResultType.Percent, Direction.Decrease) => Pair(random.Next(20, 60), random.Next(1, 15)),
            (KeyResultType.Percent, Direction.AtLeast) => Pair(90, random.Next(92, 100)),
            (KeyResultType.Percent, Direction.AtMost) => Pair(8, random.Next(1, 6)),
            (_, Direction.Increase) => Pair(random.Next(0, 50) * scale, random.Next(60, 500) * scale),
            (_, Direction.Decrease) => Pair(random.Next(60, 500) * scale, random.Next(5, 50) * scale),
            (_, Direction.AtLeast) => Pair(random.Next(5, 20) * scale, random.Next(20, 100) * scale),
            _ => Pair(random.Next(40, 80) * scale, random.Next(5, 40) * scale),
        };
        var metrics = Metrics[(type, direction)];
        var metric = metrics[k % metrics.Length];
        var currency = type == KeyResultType.Currency ? (k % 2 == 0 ? "SEK" : "EUR") : null;
        var unit = type switch { KeyResultType.Percent => "%", KeyResultType.Currency => currency!, _ => "" };
        var targetText = string.Create(CultureInfo.InvariantCulture, $"{target:0.##}{(unit.Length > 0 ? " " + unit : "")}");
        var title = direction switch
        {
            Direction.Increase => $"Grow {metric} to {targetText}",
            Direction.Decrease => $"Reduce {metric} to {targetText}",
            Direction.AtLeast => $"Keep {metric} at or above {targetText}",
            _ => $"Keep {metric} at or below {targetText}",
        };
        return new KeyResult
        {
            Title = title, Type = type, Direction = direction, StartValue = start, TargetValue = target,
            Unit = type == KeyResultType.Percent ? "%" : "", CurrencyCode = currency,
        };
    }

    private static (decimal Start, decimal Target) Pair(decimal start, decimal target) => (start, target);
}
