using Fokus.Core.Model;
using Fokus.Core.Rhythm;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>A team's check-in cadence and chat webhooks: everyone reads (URLs masked), admins and the team's lead change them.</summary>
internal sealed class TeamRhythmHandler(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<TeamRhythmDto>> GetAsync(Caller caller, Guid teamId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var weekday = await OrganisationWeekdayAsync(db, caller, teamId, ct);
        if (weekday is null) return Outcome.NotFound;
        var rhythm = await db.TeamRhythms.AsNoTracking().FirstOrDefaultAsync(r => r.TeamId == teamId, ct);
        return ToDto(teamId, rhythm, weekday.Value);
    }

    public async Task<Outcome<TeamRhythmDto>> SaveAsync(Caller caller, Guid teamId, SaveTeamRhythmRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var weekday = await OrganisationWeekdayAsync(db, caller, teamId, ct);
        if (weekday is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, actor => AccessRules.CanManageTeam(actor, teamId), ct)).Denied is { } denied) return denied;
        var v = new Validator()
            .Range("everyWeeks", r.EveryWeeks, 1, CheckInCadence.MaxWeeks)
            .Check(r.Weekday is null || Enum.IsDefined(r.Weekday.Value), "weekday", "Validation.Invalid");
        Webhook(v, "slackWebhookUrl", r.SlackWebhookUrl);
        Webhook(v, "teamsWebhookUrl", r.TeamsWebhookUrl);
        if (!v.IsValid) return v.ToOutcome();

        var rhythm = await db.TeamRhythms.FirstOrDefaultAsync(x => x.TeamId == teamId, ct);
        if (rhythm is null)
        {
            rhythm = new TeamRhythm { TeamId = teamId, OrganisationId = caller.OrganisationId };
            db.TeamRhythms.Add(rhythm);
        }
        rhythm.EveryWeeks = r.EveryWeeks ?? rhythm.EveryWeeks;
        rhythm.Weekday = r.Weekday;
        if (r.SlackWebhookUrl is not null) rhythm.SlackWebhookUrl = r.SlackWebhookUrl.Trim() is { Length: > 0 } slack ? slack : null;
        if (r.TeamsWebhookUrl is not null) rhythm.TeamsWebhookUrl = r.TeamsWebhookUrl.Trim() is { Length: > 0 } teams ? teams : null;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return await SaveAsync(caller, teamId, r, ct); }
        return ToDto(teamId, rhythm, weekday.Value);
    }

    /// <summary>Absolute http(s) URLs only; "" clears.</summary>
    private static void Webhook(Validator v, string field, string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return;
        v.Check(url.Trim().Length <= TeamRhythm.UrlMaxLength, field, "Validation.TooLong", TeamRhythm.UrlMaxLength);
        v.Check(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", field, "Validation.Invalid");
    }

    private static Task<DayOfWeek?> OrganisationWeekdayAsync(FokusDbContext db, Caller caller, Guid teamId, CancellationToken ct) =>
        (from t in db.Teams
         join o in db.Organisations on t.OrganisationId equals o.Id
         where t.Id == teamId
         select (DayOfWeek?)o.CheckInWeekday).FirstOrDefaultAsync(ct);

    private static TeamRhythmDto ToDto(Guid teamId, TeamRhythm? r, DayOfWeek organisation) =>
        new(teamId, r?.EveryWeeks ?? 1, r?.Weekday, r?.Weekday ?? organisation, SecretMask.Url(r?.SlackWebhookUrl), SecretMask.Url(r?.TeamsWebhookUrl));
}
