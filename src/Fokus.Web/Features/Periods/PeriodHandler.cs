using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Periods;

public sealed record PeriodDto(Guid Id, string Name, DateOnly StartDate, DateOnly EndDate, PeriodKind Kind, PeriodState State)
{
    public static PeriodDto From(Period p) => new(p.Id, p.Name, p.StartDate, p.EndDate, p.Kind, p.State);
}

/// <summary>A quarter is given by any date inside it; a custom period by its dates.</summary>
internal sealed record SavePeriodRequest(string? Name, DateOnly? StartDate, DateOnly? EndDate, PeriodKind? Kind, PeriodState? State);

internal sealed class PeriodHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<PeriodDto>>> ListAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var periods = await db.Periods.AsNoTracking()
            .OrderByDescending(p => p.StartDate).ToListAsync(ct);
        return periods.Select(PeriodDto.From).ToList();
    }

    public async Task<Outcome<PeriodDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var p = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return p is null ? Outcome.NotFound : PeriodDto.From(p);
    }

    /// <summary>The active period containing today; else the latest active one; else the one containing today.</summary>
    public async Task<Outcome<PeriodDto>> CurrentAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var current = await CurrentAsync(db, caller.OrganisationId, clock, ct);
        return current is null ? Outcome.NotFound : PeriodDto.From(current);
    }

    public static async Task<Period?> CurrentAsync(FokusDbContext db, Guid orgId, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return PickCurrent(await db.Periods.AsNoTracking().ToListAsync(ct), today);
    }

    public static Period? PickCurrent(IEnumerable<Period> all, DateOnly today)
    {
        var periods = all as IReadOnlyCollection<Period> ?? all.ToList();
        return periods.Where(p => p.State == PeriodState.Active && p.Contains(today)).OrderBy(p => p.EndDate.DayNumber - p.StartDate.DayNumber).FirstOrDefault()
            ?? periods.Where(p => p.State == PeriodState.Active).OrderByDescending(p => p.StartDate).FirstOrDefault()
            ?? periods.Where(p => p.Contains(today)).OrderBy(p => p.EndDate.DayNumber - p.StartDate.DayNumber).FirstOrDefault();
    }

    public async Task<Outcome<PeriodDto>> CreateAsync(Caller caller, SavePeriodRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.OrganisationId, ct);
        var period = new Period { Id = Guid.CreateVersion7(), OrganisationId = org.Id, Name = "" };
        var v = Apply(period, r, org);
        if (!v.IsValid) return v.ToOutcome();
        db.Periods.Add(period);
        await db.SaveChangesAsync(ct);
        return Outcome.Created(PeriodDto.From(period));
    }

    public async Task<Outcome<PeriodDto>> UpdateAsync(Caller caller, Guid id, SavePeriodRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (period is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.OrganisationId, ct);
        var v = Apply(period, r with { Kind = r.Kind ?? period.Kind }, org);
        if (!v.IsValid) return v.ToOutcome();
        await db.SaveChangesAsync(ct);
        return PeriodDto.From(period);
    }

    public async Task<Outcome> DeleteAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (period is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        if (await db.Objectives.AnyAsync(o => o.PeriodId == id, ct))
            return Outcome.Invalid("id", SharedText.Get("Validation.PeriodInUse"));
        db.Periods.Remove(period);
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }

    private static Validator Apply(Period period, SavePeriodRequest r, Organisation org)
    {
        var v = new Validator()
            .Defined("kind", r.Kind)
            .Check(r.StartDate is not null, "startDate", "Validation.Required")
            .Check(r.State is null || Enum.IsDefined(r.State.Value), "state", "Validation.Invalid")
            .Text("name", r.Name, TextLimits.PeriodName, required: r.Kind == PeriodKind.Custom);
        v.Check(r.StartDate is null || r.StartDate.Value.Year is >= 1900 and <= 9000, "startDate", "Validation.Range", 1900, 9000)
         .Check(r.EndDate is null || r.EndDate.Value.Year is >= 1900 and <= 9000, "endDate", "Validation.Range", 1900, 9000);
        if (r.Kind == PeriodKind.Custom)
            v.Check(r.EndDate is not null, "endDate", "Validation.Required")
             .Check(r.EndDate is null || r.StartDate is null || r.EndDate >= r.StartDate, "endDate", "Validation.EndBeforeStart");
        if (!v.IsValid) return v;

        if (r.Kind == PeriodKind.Quarter)
        {
            var quarter = PeriodCalendar.QuarterContaining(r.StartDate!.Value, org.FiscalYearStartMonth);
            (period.StartDate, period.EndDate) = (quarter.Start, quarter.End);
            period.Name = string.IsNullOrWhiteSpace(r.Name) ? quarter.Name(org.DefaultLanguage) : r.Name.Trim();
        }
        else
        {
            (period.StartDate, period.EndDate, period.Name) = (r.StartDate!.Value, r.EndDate!.Value, r.Name!.Trim());
        }
        period.Kind = r.Kind!.Value;
        period.State = r.State ?? period.State;
        return v;
    }
}
