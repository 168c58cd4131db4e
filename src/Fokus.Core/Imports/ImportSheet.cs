namespace Fokus.Core.Imports;

/// <summary>One sheet as read from a CSV or XLSX file: every cell as the text the file shows (the readers format
/// XLSX numbers with the invariant culture and dates as ISO yyyy-MM-dd), so all interpretation happens in Core.</summary>
public sealed record ImportSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);

/// <summary>Number is the row's 1-based line in the file (the header is row 1), as a person sees it in a spreadsheet.</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column].Trim() : "";
}

/// <summary>The layouts the importer recognises by their headers (Fokus's JSON document is read apart from sheets).</summary>
public enum ImportLayout
{
    /// <summary>Fokus's own XLSX/CSV export (KeyResultSheetColumns, English or Swedish headers).</summary>
    FokusSheet,
    /// <summary>One row per key result, the objective repeated or written once and left blank below (fill down).</summary>
    FlatKeyResults,
    /// <summary>Each row a goal with Row ID and Parent Row IDs; goals with measurable children become objectives.</summary>
    ParentRowIds,
    /// <summary>One row per objective with key_result_1_title, key_result_1_completion, … columns.</summary>
    WideKeyResults,
    /// <summary>Viva Goals' Excel export.</summary>
    VivaGoals,
    /// <summary>Anything else, through the column mapping.</summary>
    Custom,
}

/// <summary>The fields a column can feed. Repeating groups of the wide layout are found by their header pattern.</summary>
public enum ImportField
{
    ObjectiveId, Objective, ObjectiveDescription, Level, Period, Team, ObjectiveOwner, ParentObjectiveId,
    KeyResultId, KeyResult, KeyResultDescription, Type, Unit, Currency, Direction, Start, Target, Current, Weight,
    Owner, Confidence, Score, RowId, ParentRowIds, RowKind, StartDate, EndDate,
    /// <summary>Percent complete 0–100 (wide layout's key_result_N_completion, a goal list's Progress): read as a
    /// Percent key result from 0 to 100 when no start and target are given.</summary>
    Completion,
}

/// <summary>Which column (0-based) feeds which field; a person can change it before applying.</summary>
public sealed record ImportMapping(ImportLayout Layout, IReadOnlyDictionary<ImportField, int> Columns)
{
    public int? ColumnOf(ImportField field) => Columns.TryGetValue(field, out var c) ? c : null;
}
