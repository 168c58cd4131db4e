using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Initiatives;

/// <summary>Anyone but viewers creates initiatives; the owner, a lead or an admin changes and deletes them.</summary>
internal sealed partial class InitiativeCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<InitiativeDto>> CreateAsync(Caller caller, SaveInitiativeRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if ((await db.AllowAsync(caller, AccessRules.CanContribute, ct)).Denied is { } denied) return denied;
        var v = await ValidateAsync(db, r, ct);
        if (!v.IsValid) return v.ToOutcome();

        var initiative = new Initiative { Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, Title = "", CreatedAt = clock.GetUtcNow() };
        Apply(initiative, r with { OwnerPersonId = r.OwnerPersonId ?? caller.PersonId, Status = r.Status ?? InitiativeStatus.NotStarted });
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return Outcome.Created((await InitiativeQueries.LoadDtoAsync(db, caller.OrganisationId, initiative.Id, ct))!);
    }

    public async Task<Outcome<InitiativeDto>> UpdateAsync(Caller caller, Guid id, SaveInitiativeRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var found = await db.LoadAsync(caller, db.Initiatives.Include(i => i.KeyResults).Where(i => i.Id == id),
            (actor, i) => AccessRules.CanEditInitiative(actor, i.OwnerPersonId), ct);
        if (found.Denied is { } denied) return denied;
        var initiative = found.Row;
        var v = await ValidateAsync(db, r, ct);
        if (!v.IsValid) return v.ToOutcome();

        Apply(initiative, r with
        {
            OwnerPersonId = r.OwnerPersonId ?? initiative.OwnerPersonId, Status = r.Status ?? initiative.Status, TeamId = r.TeamId ?? initiative.TeamId,
        });
        await db.SaveChangesAsync(ct);
        return (await InitiativeQueries.LoadDtoAsync(db, caller.OrganisationId, id, ct))!;
    }

    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var found = await db.LoadAsync(caller, db.Initiatives.Where(i => i.Id == id),
            (actor, i) => AccessRules.CanEditInitiative(actor, i.OwnerPersonId), ct);
        if (found.Denied is { } denied) return denied;
        db.Initiatives.Remove(found.Row);
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }

    private static async Task<Validator> ValidateAsync(FokusDbContext db, SaveInitiativeRequest r, CancellationToken ct)
    {
        var v = new Validator()
            .Text("title", r.Title, TextLimits.Title)
            .Text("description", r.Description, TextLimits.LongText, required: false)
            .Check(r.Status is null || Enum.IsDefined(r.Status.Value), "status", "Validation.Invalid")
            .Check(r.KeyResultIds is { Count: > 0 }, "keyResultIds", "Validation.Required");
        if (r.OwnerPersonId is { } owner && !await db.People.AnyAsync(p => p.Id == owner, ct))
            v.Add("ownerPersonId", "Validation.NotFound");
        if (r.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct))
            v.Add("teamId", "Validation.NotFound");
        if (r.KeyResultIds is { Count: > 0 } krs)
        {
            var ids = krs.Distinct().ToList();
            var found = await db.KeyResults.CountAsync(k => ids.Contains(k.Id), ct);
            v.Check(found == ids.Count, "keyResultIds", "Validation.NotFound");
        }
        return v;
    }

    private static void Apply(Initiative initiative, SaveInitiativeRequest r)
    {
        initiative.Title = r.Title!.Trim();
        initiative.Description = r.Description?.Trim() ?? "";
        initiative.OwnerPersonId = r.OwnerPersonId;
        initiative.Status = r.Status!.Value;
        initiative.DueDate = r.DueDate;
        initiative.TeamId = r.TeamId;
        var wanted = r.KeyResultIds!.ToHashSet();
        initiative.KeyResults.RemoveAll(l => !wanted.Contains(l.KeyResultId));
        foreach (var kr in wanted.Where(k => initiative.KeyResults.All(l => l.KeyResultId != k)))
            initiative.KeyResults.Add(new InitiativeKeyResult { OrganisationId = initiative.OrganisationId, InitiativeId = initiative.Id, KeyResultId = kr });
    }
}
