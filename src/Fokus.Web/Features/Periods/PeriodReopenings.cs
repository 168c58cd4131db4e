using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Periods;

public sealed record PeriodReopeningDto(Guid Id, Guid PeriodId, string PeriodName, Guid? PersonId, string? PersonName, string Reason, DateTimeOffset At);

/// <summary>A closed period opens again only with a reason, kept as history: scores were given on what it held.</summary>
internal static class PeriodReopenings
{
    /// <summary>Null when the change does not re-open; else the validation of the reason.</summary>
    public static Validator? Check(Period period, SavePeriodRequest r)
    {
        if (period.State != PeriodState.Closed || r.State is null or PeriodState.Closed) return null;
        return new Validator().Text("reason", r.Reason, TextLimits.Reason);
    }

    public static void Record(FokusDbContext db, Caller caller, Period period, string reason, DateTimeOffset at) =>
        db.PeriodReopenings.Add(new PeriodReopening
        {
            Id = Guid.CreateVersion7(), OrganisationId = period.OrganisationId, PeriodId = period.Id, PersonId = caller.PersonId,
            Reason = reason.Trim(), At = at,
        });

    /// <summary>Every re-opening in the organisation, newest first, with the period's and the person's names.</summary>
    public static async Task<IReadOnlyList<PeriodReopeningDto>> ListAsync(FokusDbContext db, Guid? periodId, CancellationToken ct)
    {
        var rows = await db.PeriodReopenings.AsNoTracking().Where(x => periodId == null || x.PeriodId == periodId)
            .Select(x => new
            {
                x.Id, x.PeriodId, Period = db.Periods.Where(p => p.Id == x.PeriodId).Select(p => p.Name).FirstOrDefault(),
                x.PersonId, Person = db.People.Where(p => p.Id == x.PersonId).Select(p => p.Name).FirstOrDefault(), x.Reason, x.At,
            }).ToListAsync(ct);
        // Ordered here: SQLite cannot order by DateTimeOffset.
        return rows.OrderByDescending(x => x.At).ThenByDescending(x => x.Id)
            .Select(x => new PeriodReopeningDto(x.Id, x.PeriodId, x.Period ?? "", x.PersonId, x.Person, x.Reason, x.At)).ToList();
    }
}
