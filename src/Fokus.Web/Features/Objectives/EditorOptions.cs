using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Components.Shared;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Features.People;
using Fokus.Web.Features.Periods;
using Fokus.Web.Features.Teams;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Objectives;

/// <summary>What the objective editor offers: the levels a person may set, periods, and searchable teams, parents and owners.</summary>
internal sealed class EditorOptions(ObjectiveQueries objectives, PeriodHandler periods, TeamHandler teams, PeopleQueries people,
    IDbContextFactory<FokusDbContext> dbs)
{
    /// <summary>How many key results an objective may have in this organisation.</summary>
    public async Task<int> KeyResultLimitAsync(UiUser user, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(user.Caller, ct);
        return await KeyResultLimit.OfAsync(db, user.Caller.OrganisationId, ct);
    }

    public async Task<(IReadOnlyList<ObjectiveLevel> Levels, IReadOnlyList<PeriodDto> Periods)> LoadAsync(UiUser user, CancellationToken ct)
    {
        var levels = Enum.GetValues<ObjectiveLevel>()
            .Where(l => AccessRules.CanSetLevel(user.Actor, l, l == ObjectiveLevel.Personal ? user.Actor.PersonId : null)).ToList();
        return (levels, (await periods.ListAsync(user.Caller, ct)).Value ?? []);
    }

    public async Task<ObjectiveDraft?> DraftAsync(UiUser user, Guid id, CancellationToken ct)
    {
        var dto = (await objectives.GetAsync(user.Caller, id, ct)).Value;
        if (dto is null) return null;
        var parent = dto.ParentObjectiveId is { } p ? (await objectives.GetAsync(user.Caller, p, ct)).Value?.Title : null;
        return ObjectiveDraft.From(dto, parent);
    }

    public async Task<ObjectiveDraft> NewDraftAsync(UiUser user, Guid? teamId, Guid? parentId, Guid? periodId, CancellationToken ct)
    {
        var draft = new ObjectiveDraft { PeriodId = periodId ?? (await periods.CurrentAsync(user.Caller, ct)).Value?.Id };
        var team = teamId ?? (user.IsAdmin ? null : user.Actor.LedTeamIds.FirstOrDefault() is var led && led != Guid.Empty ? led : null);
        if (team is { } t && (await teams.GetAsync(user.Caller, t, ct)).Value is { } found && user.CanEditObjective(found.Id, null))
            (draft.Level, draft.OwnerTeamId, draft.OwnerTeamName) = (ObjectiveLevel.Team, found.Id, found.Name);
        else if (!user.IsAdmin)
            (draft.Level, draft.OwnerPersonId) = (ObjectiveLevel.Personal, user.Actor.PersonId);
        if (parentId is { } pid && (await objectives.GetAsync(user.Caller, pid, ct)).Value is { } parent)
            (draft.ParentObjectiveId, draft.ParentTitle) = (parent.Id, parent.Title);
        return draft;
    }

    /// <summary>The teams this person may own objectives for.</summary>
    public async Task<IEnumerable<NamedOption>> TeamsAsync(UiUser user, string? text, CancellationToken ct) =>
        (await AllTeamsAsync(user, text, ct)).Where(t => user.CanEditObjective(t.Id, null));

    /// <summary>Any team of the organisation, for views everyone may read.</summary>
    public async Task<IEnumerable<NamedOption>> AllTeamsAsync(UiUser user, string? text, CancellationToken ct) =>
        ((await teams.ListAsync(user.Caller, new TeamFilter(null, text, 1, 30), ct)).Value?.Items ?? []).Select(t => new NamedOption(t.Id, t.Name));

    public async Task<IEnumerable<NamedOption>> ParentsAsync(UiUser user, string? text, Guid? self, CancellationToken ct) =>
        (await objectives.SearchAsync(user.Caller, text, self, ct)).Select(o => new NamedOption(o.Id, o.Title, o.OwnerName));

    public async Task<IEnumerable<NamedOption>> PeopleAsync(UiUser user, string? text, CancellationToken ct) =>
        ((await people.ListAsync(user.Caller, new PeopleFilter(text, null, 1, 20), ct)).Value?.Items ?? [])
            .Select(p => new NamedOption(p.Id, p.Name, p.Title));
}
