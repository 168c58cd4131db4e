using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Tests.AccessFixture;

namespace Fokus.Core.Tests;

/// <summary>Correcting a check-in: its author, a lead of the key result's team, or an admin.</summary>
public class AccessRulesCheckInTests
{
    [Theory]
    [InlineData(Role.Viewer, Owner.Actor, Owner.LedTeam, false)]
    [InlineData(Role.Member, Owner.Actor, Owner.OtherTeam, true)]
    [InlineData(Role.Member, Owner.OtherPerson, Owner.LedTeam, false)]
    [InlineData(Role.Lead, Owner.OtherPerson, Owner.LedTeam, true)]
    [InlineData(Role.Lead, Owner.OtherPerson, Owner.OtherTeam, false)]
    [InlineData(Role.Lead, Owner.OtherPerson, Owner.Nobody, false)]
    [InlineData(Role.Lead, Owner.Actor, Owner.OtherTeam, true)]
    [InlineData(Role.Admin, Owner.OtherPerson, Owner.OtherTeam, true)]
    [InlineData(Role.Admin, Owner.Nobody, Owner.Nobody, true)]
    public void CanChangeCheckIn_AuthorTeamLeadOrAdmin(Role role, Owner author, Owner team, bool expected) =>
        Assert.Equal(expected, AccessRules.CanChangeCheckIn(As(role), Person(author), Team(team)));
}
