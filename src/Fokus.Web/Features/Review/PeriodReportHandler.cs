using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Review;

/// <summary>Key results per score band: 0–0.3, 0.4–0.6, 0.7–1.0.</summary>
public sealed record ScoreBands(int Low, int Middle, int High);

public sealed record TeamReportRow(Guid? TeamId, string? Name, int KeyResults, decimal AverageScore, ScoreBands Bands, int DueCheckIns, int MadeCheckIns);

public sealed record LearningDto(Guid ObjectiveId, string Title, string? OwnerName, ObjectiveOutcome? Outcome,
    string WhatWorked, string WhatDidNot, string DoDifferently);

public sealed record PeriodReportDto(PeriodDto Period, int KeyResults, decimal AverageScore, ScoreBands Bands,
    int DueCheckIns, int MadeCheckIns, IReadOnlyList<TeamReportRow> Teams, IReadOnlyList<LearningDto> Learnings);

/// <summary>The period report: scores by band and team, check-in discipline, and the learnings.</summary>
internal sealed class PeriodReportHandler(IDbContextFactory<FokusDbContext> dbs, ReviewQueries reviews, TimeProvider clock)
{
    public Task<Outcome<PeriodReportDto>> GetAsync(Caller caller, Guid periodId, CancellationToken ct) =>
        GetAsync(caller, periodId, null, ct);

    /// <summary>Limited to the objectives of these teams (a team with its sub-teams), as the PDF export asks.</summary>
    public async Task<Outcome<PeriodReportDto>> GetAsync(Caller caller, Guid periodId, IReadOnlySet<Guid>? teamIds, CancellationToken ct)
    {
        var review = (await reviews.GetAsync(caller, periodId, null, ct)).Value;
        if (review is null) return Outcome.NotFound;
        if (teamIds is not null)
            review = review with { Objectives = review.Objectives.Where(o => o.OwnerTeamId is { } t && teamIds.Contains(t)).ToList() };
        await using var db = await dbs.OpenAsync(caller, ct);
        var weekday = await db.Organisations.Where(o => o.Id == caller.OrganisationId).Select(o => o.CheckInWeekday).FirstAsync(ct);
        var krIds = review.Objectives.SelectMany(o => o.KeyResults).Select(k => k.Id).ToList();
        var checkIns = (await db.CheckIns.Where(c => krIds.Contains(c.KeyResultId))
                .Select(c => new { c.KeyResultId, c.CreatedAt }).ToListAsync(ct))
            .ToLookup(c => c.KeyResultId, c => DateOnly.FromDateTime(c.CreatedAt.UtcDateTime));
        // Due check-ins count from each key result's creation, so work added mid-period is not "missed" before it existed.
        var countsFrom = (await db.KeyResults.Where(k => krIds.Contains(k.Id)).Select(k => new { k.Id, k.CreatedAt }).ToListAsync(ct))
            .ToDictionary(k => k.Id, k => KeyResultTimeline.Of(k.CreatedAt, review.Period.StartDate, review.Period.EndDate, 0).DueFrom);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = review.Period.EndDate < today ? review.Period.EndDate : today;

        var rows = review.Objectives.SelectMany(o => o.KeyResults.Select(k => new
        {
            Team = o.OwnerPersonId is null ? o.OwnerTeamId : null,
            TeamName = o.OwnerPersonId is null ? o.OwnerName : null,
            Score = k.Score ?? k.SuggestedScore,
            Discipline = CheckInSchedule.Discipline(checkIns[k.Id], weekday,
                countsFrom.GetValueOrDefault(k.Id, review.Period.StartDate), end),
        })).ToList();
        var teams = rows.GroupBy(r => (r.Team, r.TeamName)).Select(g => new TeamReportRow(g.Key.Team, g.Key.TeamName, g.Count(),
                Average(g.Select(r => r.Score)), Bands(g.Select(r => r.Score)), g.Sum(r => r.Discipline.Due), g.Sum(r => r.Discipline.Made)))
            .OrderBy(t => t.Name is null).ThenBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        var learnings = review.Objectives
            .Where(o => !string.IsNullOrWhiteSpace(o.WhatWorked) || !string.IsNullOrWhiteSpace(o.WhatDidNot) || !string.IsNullOrWhiteSpace(o.DoDifferently))
            .Select(o => new LearningDto(o.Id, o.Title, o.OwnerName, o.Outcome, o.WhatWorked, o.WhatDidNot, o.DoDifferently)).ToList();
        return new PeriodReportDto(review.Period, rows.Count, Average(rows.Select(r => r.Score)), Bands(rows.Select(r => r.Score)),
            rows.Sum(r => r.Discipline.Due), rows.Sum(r => r.Discipline.Made), teams, learnings);
    }

    private static decimal Average(IEnumerable<decimal> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? 0 : Math.Round(list.Average(), 2);
    }

    private static ScoreBands Bands(IEnumerable<decimal> scores)
    {
        var bands = scores.GroupBy(QuarterTransition.Band).ToDictionary(g => g.Key, g => g.Count());
        return new ScoreBands(bands.GetValueOrDefault(0), bands.GetValueOrDefault(1), bands.GetValueOrDefault(2));
    }
}
