using Fokus.Core.Model;

namespace Fokus.Web.Features.Demo;

/// <summary>
/// Everything the demo organisation says, in one language. Keys (people, teams, objectives) are
/// language-neutral so the seeding logic can wire owners, teams and alignment without reading text.
/// </summary>
internal sealed record DemoContent(
    string OrganisationName,
    string Vision,
    string Mission,
    IReadOnlyList<PersonData> People,
    IReadOnlyList<TeamData> Teams,
    IReadOnlyList<ObjectiveData> Strategic,
    IReadOnlyList<ObjectiveData> PreviousQuarter,
    IReadOnlyList<ObjectiveData> CurrentQuarter,
    IReadOnlyList<InitiativeData> Initiatives,
    IReadOnlyDictionary<string, CheckInPhrases> PhrasesByTeam,
    IReadOnlyList<string> Notes)
{
    /// <summary>Swedish for "sv" (and "sv-SE"), English otherwise.</summary>
    public static DemoContent For(string language) =>
        IsSwedish(language) ? SwedishDemo.Content : EnglishDemo.Content;

    public static string LanguageCode(string language) => IsSwedish(language) ? "sv" : "en";

    private static bool IsSwedish(string language) =>
        language.StartsWith("sv", StringComparison.OrdinalIgnoreCase);
}

/// <param name="Email">Null for the usual firstname.lastname@fokus.example.</param>
internal sealed record PersonData(string Key, string Name, string Title, Role Role, string? Email = null);

/// <param name="Members">Everyone in the team, the lead included.</param>
internal sealed record TeamData(string Key, string Name, string Description, string? Parent, string Lead, params string[] Members);

/// <param name="Team">Owning team key; null for personal objectives.</param>
/// <param name="Person">Owning person key, for personal objectives.</param>
/// <param name="Parent">Key of the objective this one is aligned to.</param>
internal sealed record ObjectiveData(
    string Key,
    ObjectiveLevel Level,
    string Title,
    string Description,
    string? Team,
    string? Person,
    string? Parent,
    IReadOnlyList<KrData> KeyResults,
    ObjectiveState State = ObjectiveState.Active);

/// <summary>A key result and the story its check-ins tell.</summary>
/// <param name="Pace">
/// Progress the weekly trend reaches by the end of the period (above 1 overshoots, below 0 moves away
/// from the target). Strategic key results: progress so far. AtLeast/AtMost: where the latest value lies
/// on the line from start to threshold (at least 1 means the condition holds).
/// </param>
/// <param name="DoneAt">Milestones only: the share of the period after which it was done; null while not done.</param>
/// <param name="Blocker">What holds it back lately, written in its latest check-ins; null for the team's usual blockers.</param>
internal sealed record KrData(
    string Title,
    KeyResultType Type,
    Direction Direction,
    decimal Start,
    decimal Target,
    string Unit,
    string Owner,
    double Pace,
    double? DoneAt = null,
    decimal Weight = 1m,
    string? Blocker = null)
{
    public bool IsThreshold => Direction is Direction.AtLeast or Direction.AtMost;
}

/// <summary>A key result by its objective's key and its position there.</summary>
internal sealed record KrRef(string Objective, int Index);

/// <param name="DueWeek">Due date as weeks after the start of the period of the first linked key result.</param>
internal sealed record InitiativeData(
    string Title,
    string Description,
    string Owner,
    InitiativeStatus Status,
    int? DueWeek,
    params KrRef[] KeyResults);

/// <summary>What a team writes in its check-ins: wins first, as the seeds advise, and what blocks.</summary>
internal sealed record CheckInPhrases(IReadOnlyList<string> Wins, IReadOnlyList<string> Blockers);
