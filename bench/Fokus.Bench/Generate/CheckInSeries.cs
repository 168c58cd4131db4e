using Fokus.Core.Model;

namespace Fokus.Bench.Generate;

/// <summary>A key result and how many check-ins it gets; the seed makes its series reproducible.</summary>
internal sealed record KeyResultPlan(KeyResult KeyResult, int CheckIns, CheckInWindow Window, int Seed);

/// <summary>
/// The check-ins of one key result, oldest first, computed from its seed alone: generating the series twice
/// gives the same values, so the key result's current value can be set from it before the rows are written.
/// </summary>
internal static class CheckInSeries
{
    private static readonly string[] Wins =
        ["", "Closed two new deals", "Pilot customers loved the beta", "Shipped ahead of plan", "Great cross-team collaboration"];

    private static readonly string[] Blockers =
        ["", "", "", "Waiting for legal review", "Two people on sick leave", "Priorities unclear after the reorg"];

    public static IEnumerable<CheckIn> Generate(KeyResultPlan plan)
    {
        var kr = plan.KeyResult;
        var random = new Random(plan.Seed);
        var achievement = 0.2 + random.NextDouble() * 0.95;
        var doneAt = 0.4 + random.NextDouble() * 0.9;
        var baseConfidence = 3 + random.Next(7);
        var span = plan.Window.To - plan.Window.From;
        var count = plan.CheckIns;
        for (var i = 0; i < count; i++)
        {
            var share = (i + 1.0) / count;
            // Each check-in falls inside its own slice of the window, so the series is strictly ordered in time.
            var at = plan.Window.From + span * ((i + 0.3 + random.NextDouble() * 0.4) / count);
            var milestone = kr.Type == KeyResultType.Milestone;
            yield return new CheckIn
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = kr.OrganisationId,
                KeyResultId = kr.Id,
                Value = milestone ? null : ValueAt(kr, share, achievement, random),
                Done = milestone ? share >= doneAt : null,
                Confidence = Math.Clamp(baseConfidence + random.Next(-1, 2), 0, 10),
                WentWell = Wins[random.Next(Wins.Length)],
                Blockers = Blockers[random.Next(Blockers.Length)],
                AuthorPersonId = kr.OwnerPersonId,
                CreatedAt = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero),
            };
        }
    }

    private static decimal ValueAt(KeyResult kr, double share, double achievement, Random random)
    {
        var value = kr.Direction switch
        {
            Direction.AtLeast => kr.TargetValue * (decimal)(0.95 + random.NextDouble() * 0.15),
            Direction.AtMost => kr.TargetValue * (decimal)(0.9 + random.NextDouble() * 0.15),
            _ => kr.StartValue + (kr.TargetValue - kr.StartValue) * (decimal)(achievement * share + (random.NextDouble() - 0.5) * 0.06),
        };
        value = Math.Max(0, Math.Round(value, 2));
        return kr.Type == KeyResultType.Percent ? Math.Min(100, value) : value;
    }
}
