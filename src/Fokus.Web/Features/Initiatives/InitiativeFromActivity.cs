using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Initiatives;

internal sealed partial class InitiativeCommands
{
    /// <summary>
    /// The coach's "create as initiative": the key result's activity text becomes a new initiative linked to it
    /// (same owner, the objective's team), and the key result takes the outcome the coach suggested, in one save.
    /// Needs the right to edit the key result, since its text changes.
    /// </summary>
    public async Task<Outcome<InitiativeDto>> FromActivityAsync(Caller caller, Guid keyResultId, string? outcomeTitle, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var found = await db.LoadAsync(caller, KeyResultHandler.WithObjective(db, keyResultId),
            (actor, x) => AccessRules.CanEditKeyResult(actor, x.Kr.OwnerPersonId, x.Objective.OwnerTeamId, x.Objective.OwnerPersonId), ct);
        if (found.Denied is { } denied) return denied;
        var (kr, objective) = found.Row;
        if (await PeriodRules.IsClosedAsync(db, objective.PeriodId, ct)) return PeriodRules.Closed("keyResultId");
        var v = new Validator().Text("title", outcomeTitle, TextLimits.Title);
        if (!v.IsValid) return v.ToOutcome();

        var activity = kr.Title.Trim();
        var initiative = new Initiative
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, CreatedAt = clock.GetUtcNow(),
            Title = activity.Length > TextLimits.Title ? activity[..TextLimits.Title] : activity,
            OwnerPersonId = kr.OwnerPersonId ?? caller.PersonId, TeamId = objective.OwnerTeamId, Status = InitiativeStatus.NotStarted,
        };
        initiative.KeyResults.Add(new InitiativeKeyResult { OrganisationId = caller.OrganisationId, InitiativeId = initiative.Id, KeyResultId = kr.Id });
        db.Initiatives.Add(initiative);
        kr.Title = outcomeTitle!.Trim();
        kr.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome.Conflict(new { keyResultId }); }
        return Outcome.Created((await InitiativeQueries.LoadDtoAsync(db, caller.OrganisationId, initiative.Id, ct))!);
    }
}
