using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

/// <summary>Who owns the thing being edited, seen from the acting person.</summary>
public enum Owner { Actor, OtherPerson, LedTeam, OtherTeam, Nobody }

/// <summary>One acting person who leads one team, and the ids the access tests point at.</summary>
internal static class AccessFixture
{
    public static readonly Guid Me = Guid.NewGuid();
    public static readonly Guid SomeoneElse = Guid.NewGuid();
    public static readonly Guid MyTeam = Guid.NewGuid();
    public static readonly Guid OtherTeam = Guid.NewGuid();

    /// <summary>Every actor gets the same led team, so only the role decides what it may do.</summary>
    public static Actor As(Role role) => new(Me, role, new HashSet<Guid> { MyTeam });

    public static Guid? Person(Owner owner) => owner switch
    {
        Owner.Actor => Me,
        Owner.OtherPerson => SomeoneElse,
        _ => null,
    };

    public static Guid? Team(Owner owner) => owner switch
    {
        Owner.LedTeam => MyTeam,
        Owner.OtherTeam => OtherTeam,
        _ => null,
    };
}
