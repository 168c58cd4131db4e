using Fokus.Core.Model;

namespace Fokus.Core.Imports;

/// <summary>What a file says, normalised and validated, before it is matched against an organisation's data.
/// Names and e-mails are kept as written; Web resolves them to teams, people and periods.</summary>
public sealed record ImportPlan(
    ImportLayout Layout,
    IReadOnlyList<PlannedObjective> Objectives,
    IReadOnlyList<ImportProblem> Problems)
{
    public int KeyResultCount => Objectives.Sum(o => o.KeyResults.Count);
    public int CheckInCount => Objectives.Sum(o => o.KeyResults.Count(k => k.Current is not null || k.CheckIns.Count > 0));
}

/// <summary>Ref identifies the objective within the file (its row id, source id or row number) so that
/// ParentRef can point at another objective of the same file; SourceId is a Fokus id from Fokus's own export.</summary>
public sealed record PlannedObjective(
    int Row,
    string Ref,
    Guid? SourceId,
    string Title,
    string Description,
    ObjectiveLevel? Level,
    string? Period,
    string? Team,
    string? Owner,
    string? ParentRef,
    Guid? ParentSourceId,
    IReadOnlyList<PlannedKeyResult> KeyResults)
{
    /// <summary>The goal's own dates (a goal list's Start Date / End Date) when the file names no period:
    /// Web picks the period that contains them.</summary>
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
}

/// <summary>Owner is an e-mail or a name as written. Current, when present, becomes a first check-in;
/// CheckIns carries the full history from Fokus's JSON document.</summary>
public sealed record PlannedKeyResult(
    int Row,
    Guid? SourceId,
    string Title,
    string Description,
    KeyResultType Type,
    string Unit,
    string? CurrencyCode,
    Direction Direction,
    decimal Start,
    decimal Target,
    decimal? Current,
    bool Done,
    decimal Weight,
    string? Owner,
    int? Confidence,
    IReadOnlyList<PlannedCheckIn> CheckIns);

public sealed record PlannedCheckIn(DateTimeOffset CreatedAt, decimal? Value, bool? Done, int Confidence,
    string WentWell, string Blockers, string Note, string? AuthorEmail);

/// <summary>A problem at a row and column of the file. MessageKey is a resource key under "Import.Problem."
/// (for example "Import.Problem.NotANumber"); Args fill its placeholders. Row 0 means the file as a whole.</summary>
public sealed record ImportProblem(int Row, string Column, string MessageKey, IReadOnlyList<string> Args, bool IsError = true);
