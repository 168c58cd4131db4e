using System.Globalization;
using Fokus.Core.Imports;

namespace Fokus.Web.Features.Imports.Resolving;

/// <summary>
/// Finds the teams and people a file names. Unknown ones are listed and either created (createMissing) or left
/// out with a warning, once per name; a person named without an e-mail cannot be created, only matched.
/// </summary>
internal sealed class ImportOwners(ImportOrgData org, ImportResolution resolution, bool createMissing)
{
    private readonly Dictionary<string, NewTeam> newTeams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NewPerson> newPeople = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> warned = new(StringComparer.OrdinalIgnoreCase);

    public (Guid? Id, string? Name) Team(string? name, int row, string column)
    {
        if (string.IsNullOrWhiteSpace(name)) return (null, null);
        var key = ImportOrgData.NameKey(name);
        if (org.TeamsByName.TryGetValue(key, out var team)) return (team.Id, team.Name);
        if (newTeams.TryGetValue(key, out var created)) return (created.Id, created.Name);
        var display = name.Trim();
        resolution.MissingTeams.Add(display);
        if (createMissing && display.Length <= 200)
        {
            var t = new NewTeam(Guid.CreateVersion7(), display);
            newTeams[key] = t;
            resolution.NewTeams.Add(t);
            return (t.Id, t.Name);
        }
        if (warned.Add("team:" + key))
            resolution.Problems.Add(new ImportProblem(row, column, "Import.Resolve.UnknownTeam", [display], IsError: false));
        return (null, null);
    }

    public Guid? Person(string? who, int row, string column)
    {
        if (string.IsNullOrWhiteSpace(who)) return null;
        var w = who.Trim();
        var isEmail = w.Contains('@');
        if ((isEmail ? org.PeopleByEmail : org.PeopleByName).TryGetValue(w, out var person)) return person.Id;
        if (!isEmail && org.PeopleByEmail.TryGetValue(w, out person)) return person.Id;
        if (newPeople.TryGetValue(w, out var created)) return created.Id;
        resolution.MissingPeople.Add(w);
        if (createMissing && isEmail && IsEmail(w))
        {
            var p = new NewPerson(Guid.CreateVersion7(), NameFromEmail(w), w);
            newPeople[w] = p;
            resolution.NewPeople.Add(p);
            return p.Id;
        }
        if (warned.Add("person:" + w))
            resolution.Problems.Add(new ImportProblem(row, column,
                isEmail ? "Import.Resolve.UnknownPerson" : "Import.Resolve.UnknownPersonName", [w], IsError: false));
        return null;
    }

    private static bool IsEmail(string s) =>
        s.Length <= 256 && s.IndexOf('@') is > 0 and var at && at < s.Length - 1 && !s.Any(char.IsWhiteSpace);

    /// <summary>"anna.berg@x.se" becomes "Anna Berg"; the admin can correct the name in the settings.</summary>
    public static string NameFromEmail(string email)
    {
        var local = email[..email.IndexOf('@')];
        var parts = local.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? email : string.Join(' ', parts.Select(p => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(p)));
    }
}
