using Fokus.Core.Imports;

namespace Fokus.Web.Features.Imports;

public sealed record ImportCounts(int Objectives, int KeyResults, int CheckIns, int People, int Teams);

public sealed record ImportUpdateCounts(int Objectives, int KeyResults);

/// <summary>Row 0 means the file as a whole; Column is the header as the file writes it.</summary>
public sealed record ImportProblemDto(int Row, string Column, string Message);

/// <summary>A key result the coach reads as an activity ("ring 100 customers") rather than an outcome.</summary>
public sealed record ImportActivityDto(int Row, string Title, string? Hint);

/// <summary>One objective of the preview table: what the apply will do with it and its key results.</summary>
public sealed record ImportItemDto(int Row, string Title, string? Team, bool IsNew, IReadOnlyList<ImportKeyResultItemDto> KeyResults);

public sealed record ImportKeyResultItemDto(int Row, string Title, bool IsNew, bool Activity, string Start, string Target, string? Current);

/// <summary>The dry run: what applying would create and update, and every problem. Nothing is written to OKR tables.</summary>
public sealed record ImportPreviewDto(
    Guid Id,
    string FileName,
    string Format,
    ImportLayout Layout,
    IReadOnlyList<string> Sheets,
    string? Sheet,
    IReadOnlyList<string> Headers,
    IReadOnlyDictionary<string, int> Mapping,
    IReadOnlyDictionary<string, int> Suggestions,
    Guid? PeriodId,
    bool CreateMissing,
    string Culture,
    ImportCounts Summary,
    ImportUpdateCounts Updates,
    IReadOnlyList<ImportProblemDto> Errors,
    IReadOnlyList<ImportProblemDto> Warnings,
    IReadOnlyList<ImportActivityDto> Activities,
    IReadOnlyList<string> MissingTeams,
    IReadOnlyList<string> MissingPeople,
    IReadOnlyList<ImportItemDto> Items,
    int ItemsTotal,
    DateTimeOffset? AppliedAt);

public sealed record ImportTeamLinkDto(Guid Id, string Name);

public sealed record ImportResultDto(ImportCounts Created, ImportUpdateCounts Updated, IReadOnlyList<ImportProblemDto> Errors,
    IReadOnlyList<ImportTeamLinkDto> Teams);

/// <summary>What the upload form carries besides the file.</summary>
internal sealed record ImportUpload(string FileName, byte[] Content, Guid? PeriodId, string? Format, string? Sheet, string? Culture, bool CreateMissing);

/// <summary>Mapping keys are ImportField names (camelCase or not), values 0-based column indexes.</summary>
public sealed record ImportMappingRequest(IReadOnlyDictionary<string, int>? Mapping, Guid? PeriodId, bool? CreateMissing, string? Sheet);
