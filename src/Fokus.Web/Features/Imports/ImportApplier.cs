using Fokus.Core.Imports;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Features.Imports.Resolving;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Imports;

/// <summary>
/// Writes a resolution into the tracked context it was resolved from, one SaveChanges per chunk of objectives inside
/// the caller's transaction, so a large file reports progress and never holds 10,000 pending inserts at once.
/// </summary>
internal sealed class ImportApplier(FokusDbContext db, ImportOrgData org, Guid orgId, Guid callerPersonId, DateTimeOffset now)
{
    private const int ChunkSize = 200;
    private int nextObjectiveOrder = org.Objectives.Count == 0 ? 0 : org.Objectives.Max(o => o.SortOrder) + 1;

    public async Task ApplyAsync(ImportResolution r, IProgress<double>? progress, CancellationToken ct)
    {
        // Change detection over every tracked row on each Add is what makes large imports slow; detect once per chunk.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var t in r.NewTeams) db.Teams.Add(new Team { Id = t.Id, OrganisationId = orgId, Name = t.Name });
        foreach (var p in r.NewPeople)
            db.People.Add(new Person { Id = p.Id, OrganisationId = orgId, Name = p.Name, Email = p.Email, Role = Role.Member });
        var done = 0;
        foreach (var chunk in r.Objectives.Chunk(ChunkSize))
        {
            foreach (var ro in chunk) Write(ro);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            done += chunk.Length;
            progress?.Report((double)done / r.Objectives.Count);
        }
        if (r.Objectives.Count == 0 && (r.NewTeams.Count > 0 || r.NewPeople.Count > 0)) await db.SaveChangesAsync(ct);
    }

    private void Write(ResolvedObjective ro)
    {
        var p = ro.Plan;
        Objective objective;
        if (ro.Existing is { } e)
        {
            objective = e;
            if (ro.Changed)
            {
                e.Title = p.Title.Trim();
                if (p.Description.Length > 0) e.Description = p.Description.Trim();
                e.Level = ro.Level;
                if (ro.ParentId is { } parent) e.ParentObjectiveId = parent;
                if (ro.TeamId is { } team) (e.OwnerTeamId, e.OwnerPersonId) = (team, null);
                else if (ro.OwnerPersonId is { } person) (e.OwnerTeamId, e.OwnerPersonId) = (null, person);
                if (ro.Level != ObjectiveLevel.Strategic) e.PeriodId = ro.PeriodId;
                e.Version++;
                e.UpdatedAt = now;
            }
        }
        else
        {
            objective = new Objective
            {
                Id = ro.Id, OrganisationId = orgId, PeriodId = ro.Level == ObjectiveLevel.Strategic ? null : ro.PeriodId,
                Title = p.Title.Trim(), Description = p.Description.Trim(), Level = ro.Level, OwnerTeamId = ro.TeamId,
                OwnerPersonId = ro.OwnerPersonId, ParentObjectiveId = ro.ParentId, SortOrder = nextObjectiveOrder++,
                CreatedAt = now, UpdatedAt = now,
            };
            db.Objectives.Add(objective);
        }
        var nextKrOrder = objective.KeyResults.Count == 0 ? 0 : objective.KeyResults.Max(k => k.SortOrder) + 1;
        foreach (var rk in ro.KeyResults)
        {
            var kr = rk.Existing ?? NewKeyResult(rk, objective.Id, nextKrOrder++);
            if (rk.Existing is not null && rk.Changed) Update(kr, rk);
            foreach (var c in rk.NewCheckIns) AddCheckIn(kr, c);
        }
    }

    private KeyResult NewKeyResult(ResolvedKeyResult rk, Guid objectiveId, int order)
    {
        var p = rk.Plan;
        var kr = new KeyResult
        {
            Id = rk.Id, OrganisationId = orgId, ObjectiveId = objectiveId, Title = p.Title.Trim(), Description = p.Description.Trim(),
            OwnerPersonId = rk.OwnerPersonId, Type = p.Type, Unit = p.Unit, CurrencyCode = p.CurrencyCode, Direction = p.Direction,
            StartValue = p.Start, TargetValue = p.Target, CurrentValue = p.Type == KeyResultType.Milestone ? 0 : p.Start,
            Weight = p.Weight, SortOrder = order, CreatedAt = now,
        };
        db.KeyResults.Add(kr);
        return kr;
    }

    private static void Update(KeyResult kr, ResolvedKeyResult rk)
    {
        var p = rk.Plan;
        kr.Title = p.Title.Trim();
        if (p.Description.Length > 0) kr.Description = p.Description.Trim();
        (kr.Type, kr.Direction, kr.StartValue, kr.TargetValue, kr.Weight) = (p.Type, p.Direction, p.Start, p.Target, p.Weight);
        if (p.Unit.Length > 0) kr.Unit = p.Unit;
        if (p.CurrencyCode is not null) kr.CurrencyCode = p.CurrencyCode;
        if (rk.OwnerPersonId is { } owner) kr.OwnerPersonId = owner;
        kr.Version++;
    }

    private void AddCheckIn(KeyResult kr, PlannedCheckIn c)
    {
        var author = c.AuthorEmail is { } email && org.PeopleByEmail.TryGetValue(email, out var person) ? person.Id : callerPersonId;
        var checkIn = new CheckIn
        {
            Id = Guid.CreateVersion7(), OrganisationId = orgId, KeyResultId = kr.Id, Value = c.Value, Done = c.Done,
            Confidence = Math.Clamp(c.Confidence, 0, 10), WentWell = c.WentWell, Blockers = c.Blockers, Note = c.Note,
            AuthorPersonId = author, CreatedAt = c.CreatedAt,
        };
        db.CheckIns.Add(checkIn);
        kr.Apply(checkIn);
        // A key result imported with its history existed since its first check-in.
        if (db.Entry(kr).State == EntityState.Added && checkIn.CreatedAt < kr.CreatedAt) kr.CreatedAt = checkIn.CreatedAt;
    }
}
