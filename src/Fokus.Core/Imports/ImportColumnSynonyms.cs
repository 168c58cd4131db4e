namespace Fokus.Core.Imports;

/// <summary>Header names people use for each field, in English and Swedish, in ImportText.Normalize form
/// ("Målvärde" → "malvarde", "Owner(s)" → "owner s"). Order matters only within a field.</summary>
internal static class ImportColumnSynonyms
{
    public static readonly IReadOnlyList<(ImportField Field, string[] Names)> Flat =
    [
        (ImportField.ObjectiveId, ["objective id", "mal id", "objective ref", "objective key"]),
        (ImportField.Objective, ["objective", "objective title", "objective name", "goal", "goal title", "goal name", "mal",
            "malsattning", "mal titel", "mal namn", "title", "titel", "name", "namn", "rubrik"]),
        (ImportField.ObjectiveDescription, ["objective description", "malbeskrivning", "mal beskrivning", "goal description",
            "description", "beskrivning", "details", "notes", "anteckningar"]),
        (ImportField.Level, ["level", "niva", "objective level", "goal level", "okr level", "scope"]),
        (ImportField.Period, ["period", "quarter", "kvartal", "time period", "tidsperiod", "cycle", "okr cycle"]),
        (ImportField.Team, ["team", "teams", "team s", "team name", "teamnamn", "avdelning", "department", "group", "grupp"]),
        (ImportField.ObjectiveOwner, ["objective owner", "malagare", "goal owner", "objective owner email", "ansvarig for malet"]),
        (ImportField.ParentObjectiveId, ["parent objective id", "overordnat mal id", "parent objective", "parent goal",
            "aligned to", "aligned with", "koppling", "overordnat mal", "parent okr"]),
        (ImportField.KeyResultId, ["key result id", "nyckelresultat id", "kr id"]),
        (ImportField.KeyResult, ["key result", "key results", "keyresult", "kr", "key result title", "key result name",
            "kr title", "nyckelresultat", "resultatmatt", "measure", "matt"]),
        (ImportField.KeyResultDescription, ["key result description", "kr description", "nyckelresultatbeskrivning",
            "nyckelresultat beskrivning", "beskrivning av nyckelresultat"]),
        (ImportField.Type, ["type", "typ", "kr type", "key result type", "value type", "value format", "format", "measure type"]),
        (ImportField.Unit, ["unit", "units", "enhet", "metric unit", "unit of measure", "matenhet"]),
        (ImportField.Currency, ["currency", "valuta", "currency code", "valutakod"]),
        (ImportField.Direction, ["direction", "riktning", "metric", "metric type", "kr metric", "trend"]),
        (ImportField.Start, ["start", "start value", "starting value", "baseline", "initial value", "from", "startvarde",
            "start varde", "utgangslage", "utgangsvarde", "baslinje", "fran"]),
        (ImportField.Target, ["target", "target value", "goal value", "to", "malvarde", "mal varde", "malniva", "till"]),
        (ImportField.Current, ["current", "current value", "actual", "actual value", "progress value", "value", "latest value",
            "nuvarande", "nuvarande varde", "utfall", "aktuellt varde", "aktuellt", "varde", "senaste varde", "nulage"]),
        (ImportField.Weight, ["weight", "weighting", "vikt", "viktning"]),
        (ImportField.Owner, ["key result owner", "kr owner", "owner", "owners", "owner s", "owner email", "email", "e mail",
            "assignee", "responsible", "agare", "ansvarig", "e post", "agare e post"]),
        (ImportField.Confidence, ["confidence", "confidence level", "confidence score", "tilltro", "sakerhet"]),
        (ImportField.Score, ["score", "final score", "grade", "poang", "betyg"]),
        (ImportField.RowId, ["row id", "rad id", "id", "item id", "external id", "goal id"]),
        (ImportField.ParentRowIds, ["parent row ids", "parent row id", "parent ids", "parent id", "parent", "parent rad id",
            "overordnad rad id", "overordnad", "overordnat id", "foralder"]),
        (ImportField.RowKind, ["kind", "row type", "item type", "object type", "okr type", "goal type", "radtyp", "slag"]),
        (ImportField.StartDate, ["start date", "startdatum", "start datum", "from date", "begins"]),
        (ImportField.EndDate, ["end date", "due date", "target date", "deadline", "due", "slutdatum", "slut datum", "forfallodatum"]),
        (ImportField.Completion, ["completion", "progress", "percent complete", "completion %", "% complete", "progress %",
            "framsteg", "uppfyllnad", "grad av uppfyllnad"]),
    ];

    /// <summary>In goal lists (Row ID sheets, Viva Goals) "Type" says objective or key result, and each row has one owner.</summary>
    public static readonly IReadOnlyList<(ImportField Field, string[] Names)> GoalListOverrides =
    [
        (ImportField.RowKind, ["type", "typ", "kind", "row type", "item type", "goal type", "okr type"]),
        (ImportField.Type, ["kr type", "key result type", "value type", "value format", "format", "measure type"]),
    ];

    /// <summary>Suffixes of the wide layout's key_result_N_… columns.</summary>
    public static readonly IReadOnlyList<(ImportField Field, string[] Names)> WideSuffixes =
    [
        (ImportField.KeyResult, ["", "title", "name", "titel", "namn"]),
        (ImportField.Completion, ["completion", "progress", "percent complete", "framsteg", "uppfyllnad"]),
        (ImportField.KeyResultDescription, ["description", "beskrivning"]),
        (ImportField.Start, ["start", "start value", "baseline", "startvarde"]),
        (ImportField.Target, ["target", "target value", "malvarde"]),
        (ImportField.Current, ["current", "current value", "actual", "nuvarande", "utfall"]),
        (ImportField.Owner, ["owner", "owner email", "agare", "ansvarig"]),
        (ImportField.Unit, ["unit", "enhet"]),
        (ImportField.Type, ["type", "typ"]),
        (ImportField.Direction, ["direction", "riktning"]),
        (ImportField.Weight, ["weight", "vikt"]),
        (ImportField.Confidence, ["confidence", "tilltro"]),
        (ImportField.Currency, ["currency", "valuta"]),
        (ImportField.KeyResultId, ["id"]),
    ];
}
