using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Review;

/// <summary>Scores, reflections and decisions per objective; carrying kept objectives over; closing the period.</summary>
internal sealed class ReviewCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    private const int TextMax = TextLimits.LongText;

    public async Task<Outcome<ReviewObjectiveDto>> SaveAsync(Caller caller, Guid objectiveId, SaveReviewRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var objective = await db.Objectives.Include(o => o.KeyResults)
            .FirstOrDefaultAsync(o => o.Id == objectiveId, ct);
        if (objective is null) return Outcome.NotFound;
        var actor = await db.ActorAsync(caller, ct);
        if (!AccessRules.CanEditObjective(actor, objective.OwnerTeamId, objective.OwnerPersonId)) return Outcome.Forbidden;
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("objectiveId");

        var v = Validate(r, objective);
        if (!v.IsValid) return v.ToOutcome();
        foreach (var s in r.Scores ?? [])
            objective.KeyResults.First(k => k.Id == s.Id).Score = s.Score;
        var review = await db.ObjectiveReviews.FirstOrDefaultAsync(x => x.ObjectiveId == objectiveId, ct);
        if (review is null)
        {
            review = new ObjectiveReview { ObjectiveId = objectiveId, OrganisationId = caller.OrganisationId };
            db.ObjectiveReviews.Add(review);
        }
        review.Outcome = r.Outcome ?? review.Outcome;
        review.WhatWorked = r.WhatWorked?.Trim() ?? review.WhatWorked;
        review.WhatDidNot = r.WhatDidNot?.Trim() ?? review.WhatDidNot;
        review.DoDifferently = r.DoDifferently?.Trim() ?? review.DoDifferently;
        review.Decision = r.Decision ?? review.Decision;
        if (r.CarryKeyResultIds is not null) review.CarryKeyResultIds = r.CarryKeyResultIds.Distinct().ToList();
        review.ReviewedByPersonId = caller.PersonId;
        review.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);

        // The saved objective as the wizard shows it; only its owner's name is read, not the whole period again.
        var owner = objective.OwnerPersonId ?? objective.OwnerTeamId;
        var names = owner is { } id
            ? await db.People.Where(p => p.Id == id).Select(p => p.Name).Concat(db.Teams.Where(t => t.Id == id).Select(t => t.Name))
                .Take(1).ToDictionaryAsync(_ => id, n => n, ct)
            : [];
        return ReviewQueries.Dto(objective, review, names, canEdit: true);
    }

    private static Validator Validate(SaveReviewRequest r, Objective objective)
    {
        var ids = objective.KeyResults.Select(k => k.Id).ToHashSet();
        var v = new Validator()
            .Check(r.Outcome is null || Enum.IsDefined(r.Outcome.Value), "outcome", "Validation.Invalid")
            .Check(r.Decision is null || Enum.IsDefined(r.Decision.Value), "decision", "Validation.Invalid")
            .Text("whatWorked", r.WhatWorked, TextMax, required: false)
            .Text("whatDidNot", r.WhatDidNot, TextMax, required: false)
            .Text("doDifferently", r.DoDifferently, TextMax, required: false);
        var scores = r.Scores ?? [];
        for (var i = 0; i < scores.Count; i++)
        {
            v.Check(scores[i].Id is { } id && ids.Contains(id), $"scores[{i}].id", "Validation.NotFound");
            v.Check(scores[i].Score is null or >= 0 and <= 1, $"scores[{i}].score", "Validation.Range", 0, 1);
        }
        v.Check((r.CarryKeyResultIds ?? []).All(ids.Contains), "carryKeyResultIds", "Validation.NotFound");
        return v;
    }

    /// <summary>Creates the next period's drafts for kept and modified objectives; objectives already carried are left alone.</summary>
    public async Task<Outcome<CarryOverResult>> CarryOverAsync(Caller caller, Guid periodId, CarryOverRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.OrganisationId, ct);
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.NotFound;
        var gate = await db.AllowAsync(caller, AccessRules.CanContribute, ct);
        if (gate.Denied is { } denied) return denied;
        var actor = gate.Actor;
        var next = r.NextPeriodId is { } nid
            ? await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == nid, ct)
            : await ReviewQueries.NextPeriodAsync(db, period, ct);
        if (r.NextPeriodId is not null && next is null) return Outcome.Invalid("nextPeriodId", SharedText.Get("Validation.NotFound"));
        if (next is null)
        {
            // Only an administrator creates periods; the next quarter follows the organisation's fiscal year.
            if (!AccessRules.CanManageOrganisation(actor)) return Outcome.Invalid("nextPeriodId", SharedText.Get("Review.NoNextPeriod"));
            var quarter = PeriodCalendar.QuarterContaining(period.EndDate.AddDays(1), org.FiscalYearStartMonth);
            next = new Period
            {
                Id = Guid.CreateVersion7(), OrganisationId = org.Id, Name = quarter.Name(org.DefaultLanguage), StartDate = quarter.Start,
                EndDate = quarter.End, Kind = PeriodKind.Quarter, State = PeriodState.Planning,
            };
            db.Periods.Add(next);
        }
        if (next.State == PeriodState.Closed) return Outcome.Invalid("nextPeriodId", SharedText.Get("Validation.PeriodClosed"));

        var candidates = await db.Objectives.Include(o => o.KeyResults)
            .Where(o => o.PeriodId == periodId && (r.TeamId == null || o.OwnerTeamId == r.TeamId))
            .Join(db.ObjectiveReviews.Where(x => x.CarriedToObjectiveId == null), o => o.Id, x => x.ObjectiveId, (o, x) => new { o, x })
            .AsSplitQuery().ToListAsync(ct);
        var now = clock.GetUtcNow();
        var created = new List<Guid>();
        foreach (var c in candidates.Where(c => AccessRules.CanEditObjective(actor, c.o.OwnerTeamId, c.o.OwnerPersonId)))
        {
            if (QuarterTransition.Draft(c.o, c.x, next.Id, now, Guid.CreateVersion7) is not { } draft) continue;
            db.Objectives.Add(draft);
            c.x.CarriedToObjectiveId = draft.Id;
            created.Add(draft.Id);
        }
        await db.SaveChangesAsync(ct);
        return new CarryOverResult(PeriodDto.From(next), created.Count, created);
    }

    /// <summary>Closes the period: unscored key results take their suggested score, objectives close, and the period becomes read-only.</summary>
    public async Task<Outcome<PeriodDto>> CloseAsync(Caller caller, Guid periodId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        if (period.State == PeriodState.Closed) return PeriodDto.From(period);
        var objectives = await db.Objectives.Include(o => o.KeyResults)
            .Where(o => o.PeriodId == periodId && o.State != ObjectiveState.Archived).ToListAsync(ct);
        foreach (var o in objectives)
        {
            o.State = ObjectiveState.Closed;
            foreach (var k in o.KeyResults.Where(k => k.Score is null)) k.Score = ScoreRule.Suggest(KeyResultProgress.Of(k));
        }
        period.State = PeriodState.Closed;
        await db.SaveChangesAsync(ct);
        return PeriodDto.From(period);
    }
}
