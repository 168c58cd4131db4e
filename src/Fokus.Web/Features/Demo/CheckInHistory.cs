using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Web.Features.Demo;

/// <summary>
/// Weekly check-ins (on the organisation's check-in day, Monday) that tell each key result's story:
/// values follow the planned pace with some noise, confidence drifts towards how things really go,
/// and the texts come from the owning team's own wins and blockers.
/// </summary>
internal sealed class CheckInHistory(Random random, DemoContent content, DateTimeOffset now)
{
    private readonly Dictionary<string, ShuffleBag> wins = [];
    private readonly Dictionary<string, ShuffleBag> blockers = [];
    private readonly ShuffleBag notes = new(content.Notes, random);

    /// <summary>Creates the check-ins in time order and applies each to <paramref name="kr"/>.</summary>
    public List<CheckIn> Write(KeyResult kr, KrData data, Period period, string team)
    {
        var days = CheckInDays(period);
        var checkIns = new List<CheckIn>(days.Count);
        if (days.Count == 0) return checkIns;

        var isClosed = period.State == PeriodState.Closed;
        var shares = days.Select(d => ExpectedProgress.On(d, period.StartDate, period.EndDate)).ToList();
        var progress = ProgressPath(data, shares, isClosed);
        var finalConfidence = FinalConfidence(data, progress[^1], isClosed);
        var mood = finalConfidence >= 6 ? Mood.Good : finalConfidence >= 4 ? Mood.Worried : Mood.Bad;

        for (var i = 0; i < days.Count; i++)
        {
            var isLast = i == days.Count - 1;
            var done = data.DoneAt is { } doneAt && shares[i] >= doneAt;
            var createdAt = DemoBuilder.At(days[i], 9).AddMinutes(random.Next(-20, 55));
            var checkIn = new CheckIn
            {
                Id = Guid.CreateVersion7(createdAt),
                OrganisationId = kr.OrganisationId,
                KeyResultId = kr.Id,
                // On-track key results report the last value rounded towards the target, so rounding never makes them look behind.
                Value = data.Type == KeyResultType.Milestone ? null : ValueAt(data, progress[i], isLast && !isClosed && mood == Mood.Good),
                Done = data.Type == KeyResultType.Milestone ? done : null,
                Confidence = done ? 10 : Confidence(finalConfidence, (i + 1.0) / days.Count, isLast),
                WentWell = Maybe(mood switch { Mood.Good => 0.55, Mood.Worried => 0.35, _ => 0.2 }, Bag(wins, team, p => p.Wins)),
                Blockers = BlockerFor(data, team, mood, days.Count - 1 - i),
                Note = Maybe(0.12, notes),
                AuthorPersonId = kr.OwnerPersonId,
                CreatedAt = createdAt,
            };
            kr.Apply(checkIn);
            checkIns.Add(checkIn);
        }
        return checkIns;
    }

    /// <summary>The value at a given progress on the line from start to target, rounded as people report it.</summary>
    public static decimal ValueAt(KrData data, double progress, bool roundTowardsTarget = false)
    {
        if (data.Type == KeyResultType.Milestone) return progress >= 1 ? 1 : 0;
        var raw = data.Start + (data.Target - data.Start) * (decimal)progress;
        var step = StepOf(data);
        var units = raw / step;
        var rounded = Math.Round(units, MidpointRounding.AwayFromZero);
        var towards = data.Target >= data.Start ? Math.Ceiling(units) : Math.Floor(units);
        // Rounding towards the target must not finish what the story has not finished.
        if (roundTowardsTarget && (progress >= 1 || towards * step != data.Target)) rounded = towards;
        var value = rounded * step;
        if (data.Type == KeyResultType.Percent) value = Math.Min(value, 100);
        return Math.Max(value, 0);
    }

    private List<DateOnly> CheckInDays(Period period)
    {
        var day = period.StartDate;
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        var days = new List<DateOnly>();
        // A day counts once its check-ins (09:00-ish) are all in the past.
        for (; day <= period.EndDate && DemoBuilder.At(day, 10) <= now; day = day.AddDays(7)) days.Add(day);
        return days;
    }

    /// <summary>Progress at each check-in: the planned pace plus noise, ending exactly where the story says.</summary>
    private List<double> ProgressPath(KrData data, List<double> shares, bool isClosed)
    {
        var n = shares.Count;
        // Thresholds are levels: the latest value sits at the pace's point on the start→threshold line.
        // Linear key results end a closed period at the pace and are at pace × share in an open one,
        // short of done there: the story, not the calendar, decides what is finished.
        var final = data.IsThreshold || isClosed ? data.Pace : Math.Min(data.Pace * shares[^1], 0.97);
        var cumulative = data.Start == 0 && !data.IsThreshold && data.Pace >= 0; // "per quarter" counts never go down
        var path = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            if (i == n - 1) { path.Add(final); break; }
            var planned = data.IsThreshold ? final * (i + 1) / n : data.Pace * shares[i];
            var noise = cumulative ? planned * Uniform(0.15) : Uniform(data.IsThreshold ? 0.08 : 0.06);
            var p = planned + noise;
            if (cumulative) p = Math.Clamp(p, i == 0 ? 0 : path[i - 1], final);
            path.Add(p);
        }
        return path;
    }

    /// <summary>How sure the owner is at the last check-in, from how the story ends.</summary>
    private int FinalConfidence(KrData data, double finalProgress, bool isClosed)
    {
        if (data.Type == KeyResultType.Milestone) return data.DoneAt is null ? 2 : 8; // 10 once it is done
        if (data.IsThreshold) return data.Pace >= 1 ? random.Next(7, 10) : data.Pace >= 0.7 ? random.Next(4, 6) : 2;
        if (isClosed)
            return finalProgress >= 1 ? random.Next(9, 11) : finalProgress >= 0.8 ? 7 : finalProgress >= 0.6 ? 5 : finalProgress >= 0 ? 3 : 2;
        return data.Pace >= 1 ? random.Next(7, 10) : data.Pace >= 0.65 ? random.Next(4, 6) : 2;
    }

    /// <summary>Starts hopeful (about 7) and drifts to the final confidence.</summary>
    private int Confidence(int final, double share, bool isLast)
    {
        if (isLast) return final;
        var drift = 7 + (final - 7) * share;
        return Math.Clamp((int)Math.Round(drift + Uniform(1.0)), 0, 10);
    }

    /// <summary>Worried stories always name what is in the way in the latest check-in, in their own words when the data has them.</summary>
    private string BlockerFor(KrData data, string team, Mood mood, int checkInsAfter)
    {
        if (mood != Mood.Good && data.Blocker is { } own && checkInsAfter < 2) return own;
        var bag = Bag(blockers, team, p => p.Blockers);
        if (mood != Mood.Good && checkInsAfter == 0) return bag.Next();
        return Maybe(mood switch { Mood.Good => 0.08, Mood.Worried => 0.4, _ => 0.7 }, bag);
    }

    private string Maybe(double probability, ShuffleBag bag) => random.NextDouble() < probability ? bag.Next() : "";

    private ShuffleBag Bag(Dictionary<string, ShuffleBag> bags, string team, Func<CheckInPhrases, IReadOnlyList<string>> pick)
    {
        if (!bags.TryGetValue(team, out var bag))
        {
            var phrases = content.PhrasesByTeam.GetValueOrDefault(team) ?? content.PhrasesByTeam[DemoDsl.LeadershipTeam];
            bags[team] = bag = new ShuffleBag(pick(phrases), random);
        }
        return bag;
    }

    private double Uniform(double halfWidth) => (random.NextDouble() * 2 - 1) * halfWidth;

    /// <summary>Rounding step: whole units for counts and amounts, tenths for narrow percentages, finer for rates like 2.4 %.</summary>
    private static decimal StepOf(KrData data)
    {
        var span = Math.Abs(data.Target - data.Start);
        if (span == 0) return 1;
        var step = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)span / 500)));
        var whole = data.Start == decimal.Truncate(data.Start) && data.Target == decimal.Truncate(data.Target)
            && !(data.Type == KeyResultType.Percent && span < 10);
        return whole ? Math.Max(step, 1) : Math.Max(step, span < 1 ? 0.01m : 0.1m);
    }

    private enum Mood { Good, Worried, Bad }

    /// <summary>Draws every phrase once, in random order, before any repeats.</summary>
    private sealed class ShuffleBag(IReadOnlyList<string> items, Random random)
    {
        private readonly Queue<string> queue = new();

        public string Next()
        {
            if (items.Count == 0) return "";
            if (queue.Count == 0)
                foreach (var item in items.OrderBy(_ => random.Next())) queue.Enqueue(item);
            return queue.Dequeue();
        }
    }
}
