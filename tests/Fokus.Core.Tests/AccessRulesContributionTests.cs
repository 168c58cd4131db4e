using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Tests.AccessFixture;

namespace Fokus.Core.Tests;

/// <summary>The rules handlers ask through the gate: contributing, one's own contributions, teams, imports, profiles.</summary>
public class AccessRulesContributionTests
{
    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Member, true)]
    [InlineData(Role.Lead, true)]
    [InlineData(Role.Admin, true)]
    public void CanContribute_EveryoneButViewers(Role role, bool expected) =>
        Assert.Equal(expected, AccessRules.CanContribute(As(role)));

    [Theory]
    [InlineData(Role.Viewer, Owner.Actor, false)]
    [InlineData(Role.Member, Owner.Actor, true)]
    [InlineData(Role.Member, Owner.OtherPerson, false)]
    [InlineData(Role.Lead, Owner.OtherPerson, false)]
    [InlineData(Role.Admin, Owner.OtherPerson, true)]
    [InlineData(Role.Admin, Owner.Nobody, true)]
    public void CanChangeContribution_AuthorOrAdmin(Role role, Owner author, bool expected) =>
        Assert.Equal(expected, AccessRules.CanChangeContribution(As(role), Person(author)));

    [Theory]
    [InlineData(Role.Member, Owner.LedTeam, false)]
    [InlineData(Role.Lead, Owner.LedTeam, true)]
    [InlineData(Role.Lead, Owner.OtherTeam, false)]
    [InlineData(Role.Admin, Owner.OtherTeam, true)]
    public void CanManageTeam_AdminsAndTheTeamsLead(Role role, Owner team, bool expected) =>
        Assert.Equal(expected, AccessRules.CanManageTeam(As(role), Team(team)!.Value));

    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Member, false)]
    [InlineData(Role.Lead, true)]
    [InlineData(Role.Admin, true)]
    public void CanImport_AdminsAndLeads(Role role, bool expected) =>
        Assert.Equal(expected, AccessRules.CanImport(As(role)));

    [Theory]
    [InlineData(Role.Viewer, Owner.Actor, false, true)]
    [InlineData(Role.Viewer, Owner.Actor, true, false)]
    [InlineData(Role.Member, Owner.OtherPerson, false, false)]
    [InlineData(Role.Lead, Owner.OtherPerson, false, false)]
    [InlineData(Role.Admin, Owner.OtherPerson, true, true)]
    public void CanEditPerson_OwnProfileWithoutRoleOrTeams_AdminsAnything(Role role, Owner person, bool changesRoleOrTeams, bool expected) =>
        Assert.Equal(expected, AccessRules.CanEditPerson(As(role), Person(person)!.Value, changesRoleOrTeams));
}
