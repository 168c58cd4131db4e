using System.Globalization;
using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Periods;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Review;

/// <summary>
/// What the review's "next period" step will do, said before it is done: drafts go to the existing next period, or the
/// step creates the next quarter as a planning period, or it names who can create it (and can ask them).
/// </summary>
public sealed record NextPeriodPlanDto(PeriodDto? Existing, string ProposedName, DateOnly ProposedStart, DateOnly ProposedEnd,
    bool CanCreate, IReadOnlyList<string> WhoCanCreate);

public sealed record NextPeriodRequestResult(IReadOnlyList<string> Notified);

internal static class NextPeriods
{
    /// <summary>The quarter after the period by the organisation's fiscal calendar, not yet saved.</summary>
    public static Period Proposal(Period period, Organisation org)
    {
        var quarter = PeriodCalendar.QuarterContaining(period.EndDate.AddDays(1), org.FiscalYearStartMonth);
        return new Period
        {
            Id = Guid.CreateVersion7(), OrganisationId = org.Id, Name = quarter.Name(org.DefaultLanguage), StartDate = quarter.Start,
            EndDate = quarter.End, Kind = PeriodKind.Quarter, State = PeriodState.Planning,
        };
    }

    /// <summary>The people who may create it: admins first, then leads, by name.</summary>
    public static async Task<List<(Guid Id, string Name)>> CreatorsAsync(FokusDbContext db, CancellationToken ct) =>
        (await db.People.Where(p => p.Role == Role.Admin || p.Role == Role.Lead)
            .Select(p => new { p.Id, p.Name, p.Role }).ToListAsync(ct))
        .OrderByDescending(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Id, p.Name)).ToList();

    public static string Names(IEnumerable<string> names) => string.Join(", ", names);

    public static async Task<NextPeriodPlanDto> PlanAsync(FokusDbContext db, Caller caller, Period period, CancellationToken ct)
    {
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.OrganisationId, ct);
        var next = await ReviewQueries.NextPeriodAsync(db, period, ct);
        var proposal = Proposal(period, org);
        var actor = await db.ActorAsync(caller, ct);
        var creators = await CreatorsAsync(db, ct);
        return new NextPeriodPlanDto(next is null ? null : PeriodDto.From(next), proposal.Name, proposal.StartDate, proposal.EndDate,
            AccessRules.CanCreateNextPeriod(actor), creators.Select(c => c.Name).ToList());
    }

    /// <summary>A bell notification to everyone who can create the period, in each one's language.</summary>
    public static async Task<IReadOnlyList<string>> NotifyCreatorsAsync(FokusDbContext db, Caller caller, Period period, string proposedName,
        DateTimeOffset at, CancellationToken ct)
    {
        var creators = await CreatorsAsync(db, ct);
        var ids = creators.Select(c => c.Id).ToList();
        var readers = await db.People.Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Language, Org = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.DefaultLanguage).First(),
                InApp = db.NotificationPreferences.Where(n => n.PersonId == p.Id).Select(n => (bool?)n.InApp).FirstOrDefault(),
            }).ToListAsync(ct);
        var told = readers.Where(r => r.InApp != false).ToList();
        foreach (var r in told)
        {
            var culture = CultureInfo.GetCultureInfo(r.Language ?? r.Org);
            db.Notifications.Add(new Notification
            {
                Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, PersonId = r.Id, Kind = NotificationKind.PeriodRequest,
                Title = Clip(SharedText.Format(culture, "Time.NextRequestTitle", caller.Name, proposedName), Notification.TitleMaxLength),
                Body = Clip(SharedText.Format(culture, "Time.NextRequestBody", period.Name, proposedName), Notification.BodyMaxLength),
                Link = $"/periods/{period.Id}/review", CreatedAt = at,
            });
        }
        var toldIds = told.Select(r => r.Id).ToHashSet();
        return creators.Where(c => toldIds.Contains(c.Id)).Select(c => c.Name).ToList();
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
