using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Components.Shared;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Auth;

internal sealed record MeDto(Guid UserId, Guid PersonId, Guid OrganisationId, string OrganisationName,
    string Name, string Email, Role Role, string Language, IReadOnlyList<Guid> LedTeamIds,
    string? TimeZoneId, string OrganisationTimeZoneId);

internal sealed class MeHandler(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<MeDto>> GetAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var me = await db.People
            .Where(p => p.Id == caller.PersonId)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, o.Name, o.DefaultLanguage, OrgZone = o.TimeZoneId })
            .FirstOrDefaultAsync(ct);
        if (me is null) return Outcome.NotFound;
        var led = await db.Teams.Where(t => t.LeadPersonId == caller.PersonId).Select(t => t.Id).ToListAsync(ct);
        return new MeDto(caller.UserId, me.p.Id, me.p.OrganisationId, me.Name, me.p.Name, me.p.Email, me.p.Role,
            me.p.Language ?? me.DefaultLanguage, led, me.p.TimeZoneId, me.OrgZone);
    }

    public async Task<Outcome> SetLanguageAsync(Caller caller, string? language, CancellationToken ct)
    {
        if (language is not ("sv" or "en")) return Outcome.Invalid("language", SharedText.Get("Validation.Language"));
        await using var db = await dbs.OpenAsync(caller, ct);
        await db.People.Where(p => p.Id == caller.PersonId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Language, language), ct);
        return Outcome.NoContent;
    }

    /// <summary>The person's own zone; null or empty goes back to the organisation's.</summary>
    public async Task<Outcome> SetTimeZoneAsync(Caller caller, string? timeZoneId, CancellationToken ct)
    {
        var zone = string.IsNullOrWhiteSpace(timeZoneId) ? null : TimeText.Find(timeZoneId);
        if (!string.IsNullOrWhiteSpace(timeZoneId) && zone is null)
            return Outcome.Invalid("timeZoneId", SharedText.Get("Time.UnknownZone"));
        await using var db = await dbs.OpenAsync(caller, ct);
        await db.People.Where(p => p.Id == caller.PersonId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TimeZoneId, zone == null ? null : zone.Id), ct);
        return Outcome.NoContent;
    }
}
