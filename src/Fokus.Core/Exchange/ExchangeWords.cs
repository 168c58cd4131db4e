using Fokus.Core.Model;

namespace Fokus.Core.Exchange;

/// <summary>
/// The words the export writes for enum values in the reader's language, and that the importer reads back
/// (together with the enum names and other common synonyms of its own).
/// </summary>
public static class ExchangeWords
{
    private static readonly Dictionary<Enum, (string En, string Sv)> Words = new()
    {
        [KeyResultType.Number] = ("Number", "Tal"),
        [KeyResultType.Percent] = ("Percent", "Procent"),
        [KeyResultType.Currency] = ("Currency", "Valuta"),
        [KeyResultType.Milestone] = ("Milestone", "Milstolpe"),
        [Direction.Increase] = ("Increase", "Öka"),
        [Direction.Decrease] = ("Decrease", "Minska"),
        [Direction.AtLeast] = ("At least", "Minst"),
        [Direction.AtMost] = ("At most", "Högst"),
        [ObjectiveLevel.Strategic] = ("Strategic", "Strategiskt"),
        [ObjectiveLevel.Company] = ("Company", "Företag"),
        [ObjectiveLevel.Team] = ("Team", "Team"),
        [ObjectiveLevel.Personal] = ("Personal", "Personligt"),
        [InitiativeStatus.NotStarted] = ("Not started", "Ej påbörjat"),
        [InitiativeStatus.InProgress] = ("In progress", "Pågår"),
        [InitiativeStatus.Done] = ("Done", "Klart"),
        [InitiativeStatus.Stopped] = ("Dropped", "Avbrutet"),
    };

    public static string Of(Enum value, bool swedish) =>
        Words.TryGetValue(value, out var w) ? (swedish ? w.Sv : w.En) : value.ToString();

    /// <summary>Reads a word back in either language, or the enum name; null when it is none of them.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), t, StringComparison.OrdinalIgnoreCase)) return value;
            if (Words.TryGetValue(value, out var w) &&
                (string.Equals(w.En, t, StringComparison.OrdinalIgnoreCase) || string.Equals(w.Sv, t, StringComparison.OrdinalIgnoreCase)))
                return value;
        }
        return null;
    }
}
