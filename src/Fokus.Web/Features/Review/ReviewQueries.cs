using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Review;

/// <summary>Reads a period's objectives with their scores, reflections and decisions, for a team or the whole organisation.</summary>
internal sealed class ReviewQueries(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<PeriodReviewDto>> GetAsync(Caller caller, Guid periodId, Guid? teamId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var org = caller.OrganisationId;
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.NotFound;
        if (teamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, ct)) return Outcome.NotFound;

        var objectives = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .Where(o => o.PeriodId == periodId && o.State != ObjectiveState.Archived
                && (teamId == null || o.OwnerTeamId == teamId))
            .OrderBy(o => o.Level).ThenBy(o => o.SortOrder).ThenBy(o => o.Title).AsSplitQuery().ToListAsync(ct);
        var ids = objectives.Select(o => o.Id).ToList();
        var reviews = await db.ObjectiveReviews.AsNoTracking().Where(r => ids.Contains(r.ObjectiveId)).ToDictionaryAsync(r => r.ObjectiveId, ct);
        var names = await OwnerNames.AllAsync(db, org, ct);
        var actor = await db.ActorAsync(caller, ct);
        var next = await NextPeriodAsync(db, period, ct);
        var dtos = objectives.Select(o => Dto(o, reviews.GetValueOrDefault(o.Id), names,
            AccessRules.CanEditObjective(actor, o.OwnerTeamId, o.OwnerPersonId) && period.State != PeriodState.Closed)).ToList();
        return new PeriodReviewDto(PeriodDto.From(period), teamId, next is null ? null : PeriodDto.From(next),
            AccessRules.CanManageOrganisation(actor) && period.State != PeriodState.Closed, dtos);
    }

    /// <summary>What the next-period step will do for this reader, before they press anything.</summary>
    public async Task<Outcome<NextPeriodPlanDto>> NextPeriodPlanAsync(Caller caller, Guid periodId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.NotFound;
        return await NextPeriods.PlanAsync(db, caller, period, ct);
    }

    /// <summary>Earlier objectives like this text (shared words), with their score and learnings: what the editor resurfaces.</summary>
    public async Task<IReadOnlyList<SimilarObjectiveDto>> SimilarAsync(Caller caller, string text, Guid? excludeId, CancellationToken ct)
    {
        if (TextSimilarity.Words(text).Count < 2) return [];
        await using var db = await dbs.OpenAsync(caller, ct);
        var reviewed = await db.ObjectiveReviews.AsNoTracking().Where(r => r.ObjectiveId != excludeId)
            .Join(db.Objectives, r => r.ObjectiveId, o => o.Id, (r, o) => new { r, o.Title, o.PeriodId })
            .Join(db.Periods, x => x.PeriodId, p => p.Id, (x, p) => new { x.r, x.Title, Period = p.Name, p.StartDate })
            .ToListAsync(ct);
        var alike = reviewed.Select(x => (x, Similarity: TextSimilarity.Of(text, x.Title)))
            .Where(s => s.Similarity >= MinSimilarity).OrderByDescending(s => s.Similarity).ThenByDescending(s => s.x.StartDate).Take(3).ToList();
        // Scores are averaged here: SQLite cannot aggregate decimals.
        var ids = alike.Select(s => s.x.r.ObjectiveId).ToList();
        var scores = (await db.KeyResults.Where(k => ids.Contains(k.ObjectiveId) && k.Score != null)
            .Select(k => new { k.ObjectiveId, Score = k.Score!.Value }).ToListAsync(ct)).ToLookup(k => k.ObjectiveId, k => k.Score);
        return alike.Select(s => new SimilarObjectiveDto(s.x.r.ObjectiveId, s.x.Title, s.x.Period,
                scores[s.x.r.ObjectiveId].DefaultIfEmpty(0).Average(), s.x.r.Outcome, s.x.r.WhatWorked, s.x.r.WhatDidNot, s.x.r.DoDifferently))
            .ToList();
    }

    private const double MinSimilarity = 0.34;

    /// <summary>The first period still open for writing that starts after this one ends.</summary>
    public static Task<Period?> NextPeriodAsync(FokusDbContext db, Period period, CancellationToken ct) =>
        db.Periods.AsNoTracking().Where(p => p.StartDate > period.EndDate
                && p.State != PeriodState.Closed)
            .OrderBy(p => p.StartDate).FirstOrDefaultAsync(ct);

    internal static ReviewObjectiveDto Dto(Objective o, ObjectiveReview? r, IReadOnlyDictionary<Guid, string> names, bool canEdit)
    {
        var krs = o.KeyResults.OrderBy(k => k.SortOrder).Select(k =>
        {
            var progress = KeyResultProgress.Of(k);
            return new ReviewKeyResultDto(k.Id, k.Title, k.Type, k.Unit, k.CurrencyCode, k.StartValue, k.TargetValue, k.CurrentValue,
                k.Done, k.Weight, progress, ScoreRule.Suggest(progress), k.Score, r?.CarryKeyResultIds.Contains(k.Id) ?? false);
        }).ToList();
        var suggested = QuarterTransition.SuggestOutcome(krs.Select(k => (k.Score ?? k.SuggestedScore, k.Weight)));
        var owner = o.OwnerPersonId ?? o.OwnerTeamId;
        return new ReviewObjectiveDto(o.Id, o.Title, o.Level, o.OwnerTeamId, o.OwnerPersonId,
            owner is { } id && names.TryGetValue(id, out var n) ? n : null, o.ParentObjectiveId, canEdit, suggested, r?.Outcome,
            r?.WhatWorked ?? "", r?.WhatDidNot ?? "", r?.DoDifferently ?? "", r?.Decision, r?.CarriedToObjectiveId, krs);
    }
}
