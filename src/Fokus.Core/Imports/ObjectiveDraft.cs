using System.Globalization;
using Fokus.Core.Model;

namespace Fokus.Core.Imports;

/// <summary>An objective while its rows are read; Finish turns the drafts into PlannedObjectives.</summary>
internal sealed class ObjectiveDraft
{
    public required int Row { get; init; }
    public required string Ref { get; init; }
    public Guid? SourceId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public ObjectiveLevel? Level { get; init; }
    public string? Period { get; init; }
    public string? Team { get; init; }
    public string? Owner { get; init; }
    /// <summary>The parent as the file writes it (an id, a Fokus id or a title); null when ParentRef is already known.</summary>
    public string? ParentText { get; init; }
    public string? ParentRef { get; set; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public List<PlannedKeyResult> KeyResults { get; } = [];

    /// <summary>Reads the objective's cells of a row and checks them; the title is required.</summary>
    public static ObjectiveDraft Read(ImportRow row, Func<ImportField, int?> col, PlanContext ctx, string reference, ImportField titleField = ImportField.Objective)
    {
        string Cell(ImportField f) => PlanContext.Text(row, col(f));
        string? Optional(ImportField f) => Cell(f) is { Length: > 0 } v ? v : null;
        var r = row.Number;
        var title = Cell(titleField);
        if (title.Length == 0) ctx.Error(r, col(titleField), titleField, ImportProblems.MissingTitle);
        ctx.Length(r, col(titleField), titleField, title, ImportProblems.MaxTitle);
        var description = Cell(ImportField.ObjectiveDescription);
        ctx.Length(r, col(ImportField.ObjectiveDescription), ImportField.ObjectiveDescription, description, ImportProblems.MaxDescription);
        var levelText = Cell(ImportField.Level);
        var level = ImportValues.ParseLevel(levelText);
        if (levelText.Length > 0 && level is null) ctx.Error(r, col(ImportField.Level), ImportField.Level, ImportProblems.UnknownLevel, levelText);
        var id = Cell(ImportField.ObjectiveId);
        return new ObjectiveDraft
        {
            Row = r, Ref = reference, Title = title, Description = description, Level = level,
            SourceId = Guid.TryParse(id, out var g) ? g : null,
            Period = Optional(ImportField.Period), Team = Optional(ImportField.Team),
            Owner = Optional(ImportField.ObjectiveOwner), ParentText = Optional(ImportField.ParentObjectiveId),
            StartDate = ctx.Date(row, col(ImportField.StartDate), ImportField.StartDate),
            EndDate = ctx.Date(row, col(ImportField.EndDate), ImportField.EndDate),
        };
    }

    public static string RowRef(int row) => "row:" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Links parents written as text to objectives of the same file (by id, Fokus id or title) or to a Fokus
    /// id outside it; checks the key-result limit. An unknown parent is a warning: the objective is imported unaligned.</summary>
    public static List<PlannedObjective> Finish(IReadOnlyList<ObjectiveDraft> drafts, PlanContext ctx, Func<ImportField, int?> col)
    {
        var byRef = drafts.GroupBy(d => ImportText.Normalize(d.Ref)).ToDictionary(g => g.Key, g => g.First());
        var bySource = drafts.Where(d => d.SourceId is not null).GroupBy(d => d.SourceId!.Value).ToDictionary(g => g.Key, g => g.First());
        var byTitle = drafts.GroupBy(d => ImportText.Normalize(d.Title)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First());
        var result = new List<PlannedObjective>(drafts.Count);
        foreach (var d in drafts)
        {
            Guid? parentSource = null;
            if (d.ParentText is { } text)
            {
                var isGuid = Guid.TryParse(text, out var g);
                var parent = isGuid && bySource.TryGetValue(g, out var s) ? s
                    : byRef.TryGetValue(ImportText.Normalize(text), out var r) ? r
                    : byTitle.TryGetValue(ImportText.Normalize(text), out var t) ? t : null;
                if (isGuid) parentSource = g;
                if (parent == d) ctx.Error(d.Row, col(ImportField.ParentObjectiveId), ImportField.ParentObjectiveId, ImportProblems.AlignmentCycle, text);
                else if (parent is not null) d.ParentRef = parent.Ref;
                else if (!isGuid) ctx.Warn(d.Row, col(ImportField.ParentObjectiveId), ImportField.ParentObjectiveId, ImportProblems.UnknownParent, text);
            }
            if (d.KeyResults.Count > ImportProblems.MaxKeyResults)
                ctx.Error(d.Row, col(ImportField.KeyResult), ImportField.KeyResult, ImportProblems.TooManyKeyResults,
                    d.KeyResults.Count.ToString(CultureInfo.InvariantCulture), ImportProblems.MaxKeyResults.ToString(CultureInfo.InvariantCulture));
            result.Add(new PlannedObjective(d.Row, d.Ref, d.SourceId, d.Title, d.Description, d.Level, d.Period, d.Team, d.Owner,
                d.ParentRef, parentSource, d.KeyResults) { StartDate = d.StartDate, EndDate = d.EndDate });
        }
        return ParentCycles.Cut(result, ctx, col(ImportField.ParentObjectiveId), ImportField.ParentObjectiveId);
    }
}
