namespace Fokus.Core.Imports;

/// <summary>One row per key result (Fokus's own sheet, a flat list, a custom mapping). The objective is repeated on
/// every row or written once: an empty objective cell repeats the last objective with its team, owner and period.</summary>
internal static class FlatPlanner
{
    public static ImportPlan Plan(ImportSheet sheet, ImportMapping mapping, PlanContext ctx)
    {
        // A plain "Parent" column names the parent objective here.
        int? Col(ImportField f) => f == ImportField.ParentObjectiveId ? mapping.ColumnOf(f) ?? mapping.ColumnOf(ImportField.ParentRowIds) : mapping.ColumnOf(f);
        if (Col(ImportField.Objective) is null && Col(ImportField.ObjectiveId) is null)
        {
            ctx.Error(0, null, ImportField.Objective, ImportProblems.MissingColumn, nameof(ImportField.Objective));
            return new ImportPlan(mapping.Layout, [], ctx.Problems);
        }
        var drafts = new List<ObjectiveDraft>();
        var byKey = new Dictionary<string, ObjectiveDraft>();
        ObjectiveDraft? last = null;
        foreach (var row in sheet.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var id = PlanContext.Text(row, Col(ImportField.ObjectiveId));
            var title = PlanContext.Text(row, Col(ImportField.Objective));
            ObjectiveDraft? draft;
            if (id.Length == 0 && title.Length == 0)
            {
                draft = last;
                if (draft is null)
                {
                    ctx.Error(row.Number, Col(ImportField.Objective), ImportField.Objective, ImportProblems.KeyResultWithoutObjective);
                    continue;
                }
            }
            else
            {
                var key = id.Length > 0 ? "id:" + ImportText.Normalize(id)
                    : string.Join('|', "t:" + ImportText.Normalize(title), ImportText.Normalize(PlanContext.Text(row, Col(ImportField.Team))),
                        ImportText.Normalize(PlanContext.Text(row, Col(ImportField.Period))));
                if (!byKey.TryGetValue(key, out draft))
                {
                    draft = ObjectiveDraft.Read(row, Col, ctx, id.Length > 0 ? id : ObjectiveDraft.RowRef(row.Number));
                    byKey[key] = draft;
                    drafts.Add(draft);
                }
                last = draft;
            }
            if (KeyResultReader.Read(row, Col, ctx) is { } kr) draft.KeyResults.Add(kr);
        }
        if (drafts.Count == 0 && ctx.Problems.Count == 0) ctx.Error(0, null, ImportField.Objective, ImportProblems.EmptySheet);
        return new ImportPlan(mapping.Layout, ObjectiveDraft.Finish(drafts, ctx, Col), ctx.Problems);
    }
}
