namespace Fokus.Core.Imports;

/// <summary>One row per objective with key_result_1_title, key_result_1_completion, … columns: each filled group is a
/// key result; a group with only a completion is a Percent key result from 0 to 100 standing at that completion.</summary>
internal static class WidePlanner
{
    public static ImportPlan Plan(ImportSheet sheet, ImportMapping mapping, PlanContext ctx)
    {
        // A row is an objective, so a plain owner column is the objective's owner.
        int? Col(ImportField f) => f == ImportField.ObjectiveOwner ? mapping.ColumnOf(f) ?? mapping.ColumnOf(ImportField.Owner) : mapping.ColumnOf(f);
        var groups = ImportLayoutDetector.WideGroups(sheet.Headers);
        if (Col(ImportField.Objective) is null || groups.Count == 0)
        {
            ctx.Error(0, null, ImportField.Objective, ImportProblems.MissingColumn,
                Col(ImportField.Objective) is null ? nameof(ImportField.Objective) : "key_result_1_title");
            return new ImportPlan(ImportLayout.WideKeyResults, [], ctx.Problems);
        }
        var drafts = new List<ObjectiveDraft>();
        foreach (var row in sheet.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var id = PlanContext.Text(row, Col(ImportField.ObjectiveId));
            var draft = ObjectiveDraft.Read(row, Col, ctx, id.Length > 0 ? id : ObjectiveDraft.RowRef(row.Number));
            drafts.Add(draft);
            foreach (var group in groups)
                if (KeyResultReader.Read(row, group.ColumnOf, ctx) is { } kr) draft.KeyResults.Add(kr);
        }
        if (drafts.Count == 0) ctx.Error(0, null, ImportField.Objective, ImportProblems.EmptySheet);
        return new ImportPlan(ImportLayout.WideKeyResults, ObjectiveDraft.Finish(drafts, ctx, Col), ctx.Problems);
    }
}
