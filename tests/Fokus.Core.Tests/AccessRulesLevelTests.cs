using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public class AccessRulesLevelTests
{
    private static readonly Guid Me = Guid.NewGuid();

    private static Actor As(Role role) => new(Me, role, new HashSet<Guid>());

    [Theory]
    [InlineData(Role.Admin, ObjectiveLevel.Strategic, false, true)]
    [InlineData(Role.Lead, ObjectiveLevel.Strategic, false, false)]
    [InlineData(Role.Member, ObjectiveLevel.Strategic, true, false)]
    [InlineData(Role.Lead, ObjectiveLevel.Team, false, true)]
    [InlineData(Role.Lead, ObjectiveLevel.Company, false, true)]
    [InlineData(Role.Member, ObjectiveLevel.Personal, true, true)]
    [InlineData(Role.Member, ObjectiveLevel.Company, true, false)]
    [InlineData(Role.Lead, ObjectiveLevel.Team, true, false)]
    [InlineData(Role.Admin, ObjectiveLevel.Company, true, true)]
    public void CanSetLevel_StrategicIsForAdmins_PeopleOwnPersonalObjectives(Role role, ObjectiveLevel level, bool ownedByPerson, bool expected) =>
        Assert.Equal(expected, AccessRules.CanSetLevel(As(role), level, ownedByPerson ? Me : null));
}
