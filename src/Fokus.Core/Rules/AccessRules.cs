using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>Who is acting: their person, role and the teams they lead.</summary>
public sealed record Actor(Guid PersonId, Role Role, IReadOnlySet<Guid> LedTeamIds)
{
    public bool IsAdmin => Role == Role.Admin;
    public bool CanWrite => Role != Role.Viewer;
}

/// <summary>Everyone reads everything; who may change what. Handlers ask through Fokus.Web's Gate (docs/architecture.md).</summary>
public static class AccessRules
{
    /// <summary>Settings, periods, teams, people, deliveries and backups: admins.</summary>
    public static bool CanManageOrganisation(Actor actor) => actor.IsAdmin;

    /// <summary>The next period, as a planning draft, from the quarter review: admins and leads, so a lead can finish the review.</summary>
    public static bool CanCreateNextPeriod(Actor actor) => actor.Role is Role.Admin or Role.Lead;

    /// <summary>Creating objectives, meetings, initiatives, comments and reactions: everyone but viewers.</summary>
    public static bool CanContribute(Actor actor) => actor.CanWrite;

    /// <summary>Changing or removing one's own check-in or comment; admins any.</summary>
    public static bool CanChangeContribution(Actor actor, Guid? authorPersonId) =>
        actor.IsAdmin || (actor.CanWrite && authorPersonId == actor.PersonId);

    /// <summary>Correcting or removing a check-in: its author, a lead of the key result's team, or an admin (never a viewer).</summary>
    public static bool CanChangeCheckIn(Actor actor, Guid? authorPersonId, Guid? objectiveOwnerTeamId) =>
        CanChangeContribution(actor, authorPersonId)
        || (actor.Role == Role.Lead && objectiveOwnerTeamId is { } team && actor.LedTeamIds.Contains(team));

    /// <summary>A team's rhythm, reminders and chat hooks: admins, and the team's own lead.</summary>
    public static bool CanManageTeam(Actor actor, Guid teamId) =>
        actor.IsAdmin || (actor.Role == Role.Lead && actor.LedTeamIds.Contains(teamId));

    /// <summary>Importing OKRs: admins and leads (leads into their own teams, checked row by row).</summary>
    public static bool CanImport(Actor actor) => actor.Role is Role.Admin or Role.Lead;

    /// <summary>A person's profile: admins anyone's; anyone their own (viewers too), but not their role or teams.</summary>
    public static bool CanEditPerson(Actor actor, Guid personId, bool changesRoleOrTeams) =>
        actor.IsAdmin || (personId == actor.PersonId && !changesRoleOrTeams);

    /// <summary>Admins anything; leads their own teams' objectives; anyone but viewers their own personal objectives.</summary>
    public static bool CanEditObjective(Actor actor, Guid? ownerTeamId, Guid? ownerPersonId)
    {
        if (actor.IsAdmin) return true;
        if (!actor.CanWrite) return false;
        if (ownerPersonId == actor.PersonId) return true;
        return actor.Role == Role.Lead && ownerTeamId is { } team && actor.LedTeamIds.Contains(team);
    }

    /// <summary>
    /// Strategic objectives are set by admins; a person other than an admin owns only personal
    /// objectives. Checked on create and on every edit, together with CanEditObjective.
    /// </summary>
    public static bool CanSetLevel(Actor actor, ObjectiveLevel level, Guid? ownerPersonId)
    {
        if (actor.IsAdmin) return true;
        if (level == ObjectiveLevel.Strategic) return false;
        return ownerPersonId is null || level == ObjectiveLevel.Personal;
    }

    /// <summary>Editing a key result's definition: its objective's editors, or the key result's owner.</summary>
    public static bool CanEditKeyResult(Actor actor, Guid? krOwnerPersonId, Guid? objectiveOwnerTeamId, Guid? objectiveOwnerPersonId)
    {
        if (!actor.CanWrite) return false;
        return krOwnerPersonId == actor.PersonId || CanEditObjective(actor, objectiveOwnerTeamId, objectiveOwnerPersonId);
    }

    public static bool CanCheckIn(Actor actor, Guid? krOwnerPersonId, Guid? objectiveOwnerTeamId, Guid? objectiveOwnerPersonId) =>
        CanEditKeyResult(actor, krOwnerPersonId, objectiveOwnerTeamId, objectiveOwnerPersonId);

    /// <summary>Initiatives: anyone but viewers creates; the owner, a lead or an admin edits.</summary>
    public static bool CanEditInitiative(Actor actor, Guid? ownerPersonId) =>
        actor.IsAdmin || (actor.CanWrite && (ownerPersonId == actor.PersonId || actor.Role == Role.Lead));
}
