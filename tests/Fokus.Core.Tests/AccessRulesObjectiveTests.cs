using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Tests.AccessFixture;

namespace Fokus.Core.Tests;

public class AccessRulesObjectiveTests
{
    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Member, false)]
    [InlineData(Role.Lead, false)]
    [InlineData(Role.Admin, true)]
    public void CanManageOrganisation_ByRole_OnlyAdmin(Role role, bool expected) =>
        Assert.Equal(expected, AccessRules.CanManageOrganisation(As(role)));

    [Theory]
    [InlineData(Role.Viewer, false, false)]
    [InlineData(Role.Member, true, false)]
    [InlineData(Role.Lead, true, false)]
    [InlineData(Role.Admin, true, true)]
    public void Actor_ByRole_ExposesWriteAndAdmin(Role role, bool canWrite, bool isAdmin)
    {
        var actor = As(role);

        Assert.Equal(canWrite, actor.CanWrite);
        Assert.Equal(isAdmin, actor.IsAdmin);
    }

    [Theory]
    [InlineData(Owner.Actor)]
    [InlineData(Owner.OtherPerson)]
    [InlineData(Owner.LedTeam)]
    [InlineData(Owner.OtherTeam)]
    [InlineData(Owner.Nobody)]
    public void CanEditObjective_Viewer_NeverWrites(Owner owner) =>
        Assert.False(AccessRules.CanEditObjective(As(Role.Viewer), Team(owner), Person(owner)));

    [Theory]
    [InlineData(Owner.Actor, true)]
    [InlineData(Owner.OtherPerson, false)]
    [InlineData(Owner.LedTeam, false)]
    [InlineData(Owner.OtherTeam, false)]
    [InlineData(Owner.Nobody, false)]
    public void CanEditObjective_Member_OnlyOwnPersonalObjective(Owner owner, bool expected) =>
        Assert.Equal(expected, AccessRules.CanEditObjective(As(Role.Member), Team(owner), Person(owner)));

    [Theory]
    [InlineData(Owner.Actor, true)]
    [InlineData(Owner.OtherPerson, false)]
    [InlineData(Owner.LedTeam, true)]
    [InlineData(Owner.OtherTeam, false)]
    [InlineData(Owner.Nobody, false)]
    public void CanEditObjective_Lead_OwnAndLedTeamsObjectives(Owner owner, bool expected) =>
        Assert.Equal(expected, AccessRules.CanEditObjective(As(Role.Lead), Team(owner), Person(owner)));

    [Theory]
    [InlineData(Owner.Actor)]
    [InlineData(Owner.OtherPerson)]
    [InlineData(Owner.LedTeam)]
    [InlineData(Owner.OtherTeam)]
    [InlineData(Owner.Nobody)]
    public void CanEditObjective_Admin_Everything(Owner owner) =>
        Assert.True(AccessRules.CanEditObjective(As(Role.Admin), Team(owner), Person(owner)));

    [Fact]
    public void CanEditObjective_LeadOfNoTeam_CannotEditTeamObjective() =>
        Assert.False(AccessRules.CanEditObjective(new Actor(Me, Role.Lead, new HashSet<Guid>()), MyTeam, null));

    [Fact]
    public void CanEditObjective_LeadOfSeveralTeams_EditsEach()
    {
        var actor = new Actor(Me, Role.Lead, new HashSet<Guid> { MyTeam, OtherTeam });

        Assert.True(AccessRules.CanEditObjective(actor, MyTeam, null));
        Assert.True(AccessRules.CanEditObjective(actor, OtherTeam, null));
    }

    [Fact]
    public void CanEditObjective_LedTeamObjectiveWithAnotherPersonOwner_LeadMayEdit() =>
        Assert.True(AccessRules.CanEditObjective(As(Role.Lead), MyTeam, SomeoneElse));

    [Fact]
    public void CanEditObjective_OwnObjectiveOfOtherTeam_MemberMayEdit() =>
        Assert.True(AccessRules.CanEditObjective(As(Role.Member), OtherTeam, Me));
}
