using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Tests.AccessFixture;

namespace Fokus.Core.Tests;

/// <summary>Initiatives: the owner, any lead or an admin edits; viewers never.</summary>
public class AccessRulesInitiativeTests
{
    [Theory]
    [InlineData(Role.Viewer, Owner.Actor, false)]
    [InlineData(Role.Viewer, Owner.OtherPerson, false)]
    [InlineData(Role.Viewer, Owner.Nobody, false)]
    [InlineData(Role.Member, Owner.Actor, true)]
    [InlineData(Role.Member, Owner.OtherPerson, false)]
    [InlineData(Role.Member, Owner.Nobody, false)]
    [InlineData(Role.Lead, Owner.Actor, true)]
    [InlineData(Role.Lead, Owner.OtherPerson, true)]
    [InlineData(Role.Lead, Owner.Nobody, true)]
    [InlineData(Role.Admin, Owner.Actor, true)]
    [InlineData(Role.Admin, Owner.OtherPerson, true)]
    [InlineData(Role.Admin, Owner.Nobody, true)]
    public void CanEditInitiative_ByRoleAndOwner_FollowsRule(Role role, Owner owner, bool expected) =>
        Assert.Equal(expected, AccessRules.CanEditInitiative(As(role), Person(owner)));

    [Fact]
    public void CanEditInitiative_LeadOfNoTeam_MayStillEdit() =>
        Assert.True(AccessRules.CanEditInitiative(new Actor(Me, Role.Lead, new HashSet<Guid>()), SomeoneElse));
}
