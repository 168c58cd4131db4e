using Fokus.Core.Model;
using Fokus.Data;
using Microsoft.AspNetCore.Identity;

namespace Fokus.Bench.Generate;

internal sealed record BenchPerson(Person Person, FokusUser User);

/// <summary>Builds every person with a sign-in account; all accounts share one password hash, computed once.</summary>
internal static class PeopleFactory
{
    public const string AdminEmail = "admin@bench.example";
    public const string Password = "fokus-bench";

    private static readonly string[] FirstNames =
    [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma", "Per",
        "Elin", "Nils", "Ida", "Olof", "Linnea", "Gustav", "Maja", "Oskar", "Frida", "Ali",
        "Fatima", "Mohammed", "Sofia", "Ahmed", "Noor", "Jonas", "Hanna", "David", "Elsa", "Viktor",
    ];

    private static readonly string[] LastNames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm",
        "Sandberg", "Ek", "Nyström", "Hassan", "Yilmaz", "Novak", "Virtanen", "Hansen", "Lund",
    ];

    private static readonly string[] Titles =
        ["Engineer", "Designer", "Product manager", "Sales representative", "Analyst", "Consultant", "Support specialist"];

    public static IReadOnlyList<BenchPerson> Create(Guid organisationId, OrgChart chart)
    {
        var passwordHash = new PasswordHasher<FokusUser>().HashPassword(new FokusUser(), Password);
        var people = new List<BenchPerson>(chart.People);
        for (var p = 0; p < chart.People; p++)
        {
            var email = p == 0 ? AdminEmail : $"person{p:D6}@bench.example";
            var role = chart.RoleOf(p);
            var user = new FokusUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
            };
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = organisationId,
                UserId = user.Id,
                Name = p == 0 ? "Bench Admin" : $"{FirstNames[p % FirstNames.Length]} {LastNames[p / FirstNames.Length % LastNames.Length]}",
                Email = email,
                Title = role switch
                {
                    Role.Admin => "Administrator",
                    Role.Lead => "Team lead",
                    _ => Titles[p % Titles.Length],
                },
                Role = role,
            };
            people.Add(new BenchPerson(person, user));
        }
        return people;
    }
}
