using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Tests.AccessFixture;

namespace Fokus.Core.Tests;

public class AccessRulesKeyResultTests
{
    private static bool CanEdit(Role role, Owner keyResultOwner, Owner objectiveOwner) =>
        AccessRules.CanEditKeyResult(As(role), Person(keyResultOwner), Team(objectiveOwner), Person(objectiveOwner));

    private static bool CanCheckIn(Role role, Owner keyResultOwner, Owner objectiveOwner) =>
        AccessRules.CanCheckIn(As(role), Person(keyResultOwner), Team(objectiveOwner), Person(objectiveOwner));

    [Theory]
    [InlineData(Owner.Actor, Owner.Actor)]
    [InlineData(Owner.Actor, Owner.OtherPerson)]
    [InlineData(Owner.Nobody, Owner.LedTeam)]
    [InlineData(Owner.OtherPerson, Owner.OtherTeam)]
    public void CanEditKeyResult_Viewer_NeverWrites(Owner keyResultOwner, Owner objectiveOwner)
    {
        Assert.False(CanEdit(Role.Viewer, keyResultOwner, objectiveOwner));
        Assert.False(CanCheckIn(Role.Viewer, keyResultOwner, objectiveOwner));
    }

    [Theory]
    [InlineData(Owner.Actor, Owner.OtherPerson, true)]    // owns the KR on someone else's objective
    [InlineData(Owner.Actor, Owner.OtherTeam, true)]      // owns the KR on a team objective
    [InlineData(Owner.OtherPerson, Owner.Actor, true)]    // owns the personal objective
    [InlineData(Owner.Nobody, Owner.Actor, true)]
    [InlineData(Owner.OtherPerson, Owner.OtherPerson, false)]
    [InlineData(Owner.OtherPerson, Owner.LedTeam, false)] // a member is no lead, whatever teams the actor lists
    [InlineData(Owner.OtherPerson, Owner.OtherTeam, false)]
    [InlineData(Owner.Nobody, Owner.Nobody, false)]
    public void CanEditKeyResult_Member_OwnKeyResultsAndOwnObjectives(Owner keyResultOwner, Owner objectiveOwner, bool expected) =>
        Assert.Equal(expected, CanEdit(Role.Member, keyResultOwner, objectiveOwner));

    [Theory]
    [InlineData(Owner.OtherPerson, Owner.LedTeam, true)]
    [InlineData(Owner.Nobody, Owner.LedTeam, true)]
    [InlineData(Owner.Actor, Owner.OtherTeam, true)]
    [InlineData(Owner.OtherPerson, Owner.Actor, true)]
    [InlineData(Owner.OtherPerson, Owner.OtherTeam, false)]
    [InlineData(Owner.OtherPerson, Owner.OtherPerson, false)]
    [InlineData(Owner.Nobody, Owner.Nobody, false)]
    public void CanEditKeyResult_Lead_LedTeamsAndOwn(Owner keyResultOwner, Owner objectiveOwner, bool expected) =>
        Assert.Equal(expected, CanEdit(Role.Lead, keyResultOwner, objectiveOwner));

    [Theory]
    [InlineData(Owner.OtherPerson, Owner.OtherTeam)]
    [InlineData(Owner.OtherPerson, Owner.OtherPerson)]
    [InlineData(Owner.Nobody, Owner.Nobody)]
    public void CanEditKeyResult_Admin_Everything(Owner keyResultOwner, Owner objectiveOwner) =>
        Assert.True(CanEdit(Role.Admin, keyResultOwner, objectiveOwner));

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Member)]
    [InlineData(Role.Lead)]
    [InlineData(Role.Admin)]
    public void CanCheckIn_AnyRoleAndOwnership_SameAsCanEditKeyResult(Role role)
    {
        foreach (var keyResultOwner in Enum.GetValues<Owner>().Where(o => o is Owner.Actor or Owner.OtherPerson or Owner.Nobody))
        {
            foreach (var objectiveOwner in Enum.GetValues<Owner>())
                Assert.Equal(CanEdit(role, keyResultOwner, objectiveOwner), CanCheckIn(role, keyResultOwner, objectiveOwner));
        }
    }

    [Fact]
    public void CanCheckIn_MemberOnOthersKeyResult_IsRefused() =>
        Assert.False(CanCheckIn(Role.Member, Owner.OtherPerson, Owner.OtherTeam));

    [Fact]
    public void CanCheckIn_MemberOnOwnKeyResult_IsAllowed() =>
        Assert.True(CanCheckIn(Role.Member, Owner.Actor, Owner.OtherTeam));
}
