using System.Globalization;
using Fokus.Core.Coach;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Coach;

internal sealed record PeriodHealth(Guid PeriodId, string PeriodName, DateOnly StartDate, int Objectives, int KeyResults,
    double OutcomeShare, int AverageScore);

internal sealed record FindingCount(string Code, int Count);

internal sealed record ObjectiveAttention(Guid Id, string Title, int Score, IReadOnlyList<string> Codes);

/// <summary>OKR health for a team (or the whole organisation): this period in detail, earlier periods as a trend.</summary>
internal sealed record HealthDto(Guid? TeamId, PeriodHealth? Period, IReadOnlyList<CoachFinding> PeriodFindings,
    IReadOnlyList<FindingCount> CommonFindings, IReadOnlyList<ObjectiveAttention> NeedAttention, IReadOnlyList<PeriodHealth> Trend)
{
    /// <summary>"Everything looks healthy" only when nothing at all was found: the page never says it beside a finding.</summary>
    public bool AllHealthy => PeriodFindings.Count == 0 && CommonFindings.Count == 0 && NeedAttention.Count == 0;
}

internal sealed class HealthHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    internal const int AttentionBelow = 60;
    private static string Reader => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? "sv" : "en";

    public async Task<Outcome<HealthDto>> GetAsync(Caller caller, Guid? teamId, Guid? periodId, CancellationToken ct)
    {
        var org = caller.OrganisationId;
        await using var db = await dbs.OpenAsync(caller, ct);
        if (teamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, ct)) return Outcome.NotFound;
        var periods = await db.Periods.AsNoTracking().OrderBy(p => p.StartDate).ToListAsync(ct);
        var selected = periodId is { } pid ? periods.FirstOrDefault(p => p.Id == pid)
            : Periods.PeriodHandler.PickCurrent(periods, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (periodId is not null && selected is null) return Outcome.NotFound;

        var objectives = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .Where(o => o.PeriodId != null && (teamId == null || o.OwnerTeamId == teamId))
            .AsSplitQuery().ToListAsync(ct);
        var hasStrategic = await db.Objectives.AnyAsync(o => o.Level == ObjectiveLevel.Strategic, ct);
        var analysed = objectives.Select(o => (o, a: ObjectiveCoach.Analyze(Draft(o, hasStrategic), null, Reader))).ToList();

        var trend = periods.Select(p => Summarise(p, analysed.Where(x => x.o.PeriodId == p.Id).ToList())).Where(h => h.Objectives > 0).ToList();
        var inPeriod = analysed.Where(x => x.o.PeriodId == selected?.Id).ToList();
        var periodFindings = new List<CoachFinding>();
        if (teamId is not null && inPeriod.Count > ObjectiveCoach.MaxObjectivesPerPeriod)
            periodFindings.Add(new("too-many-objectives", CoachSeverity.Warning,
                Lexicon.For(Reader).Message("too-many-objectives", inPeriod.Count), null, null));
        var common = inPeriod.SelectMany(x => x.a.Findings.Concat(x.a.KeyResults.SelectMany(k => k.Findings)))
            .GroupBy(f => f.Code).Select(g => new FindingCount(g.Key, g.Count())).OrderByDescending(f => f.Count).Take(6).ToList();
        var attention = inPeriod.Where(x => x.a.Score < AttentionBelow).OrderBy(x => x.a.Score)
            .Select(x => new ObjectiveAttention(x.o.Id, x.o.Title, x.a.Score, x.a.Findings.Select(f => f.Code).Distinct().ToList())).ToList();
        return new HealthDto(teamId, selected is null ? null : Summarise(selected, inPeriod), periodFindings, common, attention, trend);
    }

    /// <summary>A saved objective as the coach sees it: its key results keep their numbers in start and target.</summary>
    internal static ObjectiveDraft Draft(Objective o, bool hasStrategic) => new(o.Title,
        o.KeyResults.OrderBy(k => k.SortOrder).Select(k => new KeyResultDraft(k.Title, k.OwnerPersonId is not null,
            k.Type != KeyResultType.Milestone, k.Type == KeyResultType.Milestone,
            CoachValues.For(k.Type, k.Unit, k.CurrencyCode, k.StartValue, k.TargetValue))).ToList(),
        o.ParentObjectiveId is not null, hasStrategic);

    private static PeriodHealth Summarise(Period p, List<(Objective o, ObjectiveAnalysis a)> items)
    {
        var krs = items.SelectMany(x => x.a.KeyResults).ToList();
        var outcomeShare = krs.Count == 0 ? 0 : krs.Count(k => k.Classification == KeyResultClass.Outcome) / (double)krs.Count;
        var score = items.Count == 0 ? 0 : (int)Math.Round(items.Average(x => x.a.Score));
        return new PeriodHealth(p.Id, p.Name, p.StartDate, items.Count, krs.Count, outcomeShare, score);
    }
}
