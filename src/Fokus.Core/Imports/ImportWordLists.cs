using Fokus.Core.Model;

namespace Fokus.Core.Imports;

/// <summary>The words the importer understands, in English and Swedish, keyed by ImportText.Normalize.
/// Viva Goals' metric kinds (reach, increase from, stay above, …) are included.</summary>
internal static class ImportWordLists
{
    public static readonly IReadOnlyDictionary<string, Direction> Directions = Build(new Dictionary<Direction, string[]>
    {
        [Direction.Increase] = ["increase", "increasing", "increase from", "increase to", "grow", "raise", "up", "reach",
            "higher", "higher is better", "oka", "okning", "okande", "hoja", "hojning", "upp", "vaxa", "mer"],
        [Direction.Decrease] = ["decrease", "decreasing", "decrease from", "decrease to", "reduce", "lower", "down",
            "lower is better", "minska", "minskning", "minskande", "sanka", "sankning", "ned", "ner", "farre", "mindre"],
        [Direction.AtLeast] = ["at least", "maintain above", "stay above", "keep above", "above", "not below", "minimum", "min",
            ">=", "≥", ">", "minst", "lagst", "behall", "bibehall", "maintain", "keep", "behall over", "behall minst", "hall over",
            "inte under", "over"],
        [Direction.AtMost] = ["at most", "maintain below", "stay below", "keep below", "below", "not above", "maximum", "max",
            "<=", "≤", "<", "hogst", "behall under", "behall hogst", "hall under", "inte over", "under"],
    });

    public static readonly IReadOnlyDictionary<string, KeyResultType> Types = Build(new Dictionary<KeyResultType, string[]>
    {
        [KeyResultType.Number] = ["number", "numeric", "count", "integer", "decimal", "tal", "antal", "nummer", "siffra", "numerisk"],
        [KeyResultType.Percent] = ["percent", "percentage", "pct", "%", "procent", "andel", "procentsats"],
        [KeyResultType.Currency] = ["currency", "money", "monetary", "valuta", "belopp", "pengar"],
        [KeyResultType.Milestone] = ["milestone", "binary", "yes no", "boolean", "bool", "done not done", "milstolpe",
            "ja nej", "binar", "klart ej klart"],
    });

    public static readonly IReadOnlyDictionary<string, ObjectiveLevel> Levels = Build(new Dictionary<ObjectiveLevel, string[]>
    {
        [ObjectiveLevel.Strategic] = ["strategic", "strategy", "strategisk", "strategiskt", "strategi"],
        [ObjectiveLevel.Company] = ["company", "corporate", "organisation", "organization", "org", "foretag", "foretaget",
            "bolag", "bolaget", "koncern"],
        [ObjectiveLevel.Team] = ["team", "teams", "department", "group", "avdelning", "grupp"],
        [ObjectiveLevel.Personal] = ["personal", "individual", "person", "employee", "personlig", "personligt", "individ",
            "individuell", "individuellt", "medarbetare"],
    });

    public static readonly IReadOnlyDictionary<string, ImportRowKind> RowKinds = Build(new Dictionary<ImportRowKind, string[]>
    {
        [ImportRowKind.Objective] = ["objective", "goal", "o", "okr", "mal", "malsattning", "objektiv"],
        [ImportRowKind.KeyResult] = ["key result", "keyresult", "kr", "result", "metric", "nyckelresultat", "resultatmatt", "matt"],
        [ImportRowKind.Initiative] = ["initiative", "project", "project initiative", "task", "activity", "action", "deliverable",
            "initiativ", "projekt", "aktivitet", "uppgift"],
    });

    public static readonly IReadOnlyDictionary<string, bool> DoneWords = Build(new Dictionary<bool, string[]>
    {
        [true] = ["yes", "y", "done", "true", "x", "1", "100", "100%", "100 %", "complete", "completed", "achieved",
            "ja", "j", "klar", "klart", "sant", "uppnatt", "uppnadd"],
        [false] = ["no", "n", "not done", "false", "0", "0%", "0 %", "incomplete", "not achieved", "nej", "ej klar",
            "inte klar", "ej klart", "inte klart", "falskt", "ej uppnatt"],
    });

    private static Dictionary<string, T> Build<T>(Dictionary<T, string[]> byValue) where T : notnull =>
        byValue.SelectMany(kv => kv.Value.Select(w => (Word: ImportText.Normalize(w), kv.Key)))
            .ToDictionary(x => x.Word, x => x.Key);
}
