namespace Fokus.Core.Exchange;

/// <summary>
/// Fokus's own JSON export (format "fokus-okr-export"): what GET /api/v1/exports?format=json writes and the
/// importer reads back. References are names and e-mails, not database ids, so a file moves between organisations;
/// <c>Id</c> fields carry the source ids so that a re-import into the same organisation updates instead of duplicating.
/// </summary>
public sealed record OkrExchangeDocument(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    string Organisation,
    IReadOnlyList<ExchangePeriod> Periods,
    IReadOnlyList<ExchangeTeam> Teams,
    IReadOnlyList<ExchangeObjective> Objectives,
    IReadOnlyList<ExchangeInitiative> Initiatives)
{
    public const string FormatName = "fokus-okr-export";
    public const int CurrentVersion = 1;
}

public sealed record ExchangePeriod(string Name, DateOnly StartDate, DateOnly EndDate, string State);

public sealed record ExchangeTeam(string Name, string? ParentTeam, string? LeadEmail);

/// <summary>Enum values as their names (Strategic, Increase, Percent, …) so the file reads without the code.</summary>
public sealed record ExchangeObjective(
    Guid Id,
    string Title,
    string Description,
    string Level,
    string? Period,
    string? Team,
    string? OwnerEmail,
    Guid? ParentId,
    string State,
    IReadOnlyList<ExchangeKeyResult> KeyResults);

public sealed record ExchangeKeyResult(
    Guid Id,
    string Title,
    string Description,
    string Type,
    string Unit,
    string? CurrencyCode,
    string Direction,
    decimal StartValue,
    decimal TargetValue,
    decimal CurrentValue,
    bool Done,
    decimal Weight,
    string? OwnerEmail,
    decimal? Score,
    IReadOnlyList<ExchangeCheckIn> CheckIns);

public sealed record ExchangeCheckIn(
    DateTimeOffset CreatedAt,
    decimal? Value,
    bool? Done,
    int Confidence,
    string WentWell,
    string Blockers,
    string Note,
    string? AuthorEmail);

public sealed record ExchangeInitiative(
    string Title,
    string Description,
    string Status,
    DateOnly? DueDate,
    string? OwnerEmail,
    IReadOnlyList<Guid> KeyResultIds);
