namespace Fokus.Core.Imports;

/// <summary>Goal lists: each row a goal that names its parent (a Row ID sheet's Parent Row IDs, Viva Goals' Parent).
/// A goal with measurable children becomes an objective with key results; a goal with a metric and no children under
/// an objective is a key result; goals without metrics under goals are objectives aligned to their parent.
/// Cycles and unknown parents are problems on their rows, never exceptions.</summary>
internal static class GoalListPlanner
{
    private sealed class Node(ImportRow row, string id, string title, ImportRowKind? kind, bool hasMetric, List<string> parents)
    {
        public ImportRow Row => row;
        public string Id => id;
        public string Title => title;
        public ImportRowKind? Kind { get; set; } = kind;
        public bool HasMetric => hasMetric;
        public List<string> Parents => parents;
        public Node? Parent { get; set; }
        public int Children { get; set; }
    }

    public static ImportPlan Plan(ImportSheet sheet, ImportMapping mapping, PlanContext ctx)
    {
        int? Col(ImportField f) => mapping.ColumnOf(f);
        var parentColumn = Col(ImportField.ParentRowIds) ?? Col(ImportField.ParentObjectiveId);
        if (Col(ImportField.Objective) is null)
        {
            ctx.Error(0, null, ImportField.Objective, ImportProblems.MissingColumn, nameof(ImportField.Objective));
            return new ImportPlan(mapping.Layout, [], ctx.Problems);
        }
        var nodes = ReadNodes(sheet, Col, parentColumn, ctx);
        GoalListTree.Link(nodes.Select(n => (n.Row.Number, n.Id, n.Title, n.Parents)).ToList(), Col(ImportField.RowId) is not null,
            ctx, parentColumn, (i, parent) => nodes[i].Parent = parent is null ? null : nodes[parent.Value]);
        Classify(nodes, ctx, Col);

        // Objectives first, so that a key result may come before its objective in the file.
        int? ObjectiveCol(ImportField f) => f switch
        {
            ImportField.ObjectiveOwner => Col(ImportField.ObjectiveOwner) ?? Col(ImportField.Owner),
            ImportField.ParentObjectiveId => null,
            _ => Col(f),
        };
        var drafts = new Dictionary<Node, ObjectiveDraft>();
        foreach (var n in nodes.Where(n => n.Kind == ImportRowKind.Objective))
            drafts[n] = ObjectiveDraft.Read(n.Row, ObjectiveCol, ctx, n.Id);
        foreach (var (n, d) in drafts) d.ParentRef = NearestObjective(n.Parent) is { } p ? drafts[p].Ref : null;

        int? KeyResultCol(ImportField f) => f switch
        {
            ImportField.KeyResult => Col(ImportField.Objective),
            ImportField.KeyResultDescription => Col(ImportField.KeyResultDescription) ?? Col(ImportField.ObjectiveDescription),
            ImportField.Owner => Col(ImportField.Owner) ?? Col(ImportField.ObjectiveOwner),
            _ => Col(f),
        };
        foreach (var n in nodes.Where(n => n.Kind == ImportRowKind.KeyResult))
        {
            if (NearestObjective(n.Parent) is not { } owner)
            {
                ctx.Error(n.Row.Number, parentColumn, ImportField.ParentRowIds, ImportProblems.KeyResultWithoutObjective);
                continue;
            }
            if (KeyResultReader.Read(n.Row, KeyResultCol, ctx) is { } kr) drafts[owner].KeyResults.Add(kr);
        }
        if (nodes.Count == 0) ctx.Error(0, null, ImportField.Objective, ImportProblems.EmptySheet);
        int? FinishCol(ImportField f) => f == ImportField.KeyResult ? Col(ImportField.Objective) : f == ImportField.ParentObjectiveId ? parentColumn : Col(f);
        return new ImportPlan(mapping.Layout, ObjectiveDraft.Finish(drafts.Values.OrderBy(d => d.Row).ToList(), ctx, FinishCol), ctx.Problems);
    }

    private static Node? NearestObjective(Node? n)
    {
        for (var hops = 0; n is not null && hops < 10_000; n = n.Parent, hops++)
            if (n.Kind == ImportRowKind.Objective) return n;
        return null;
    }

    private static List<Node> ReadNodes(ImportSheet sheet, Func<ImportField, int?> col, int? parentColumn, PlanContext ctx)
    {
        var nodes = new List<Node>();
        var ids = new HashSet<string>();
        foreach (var row in sheet.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var id = PlanContext.Text(row, col(ImportField.RowId));
            if (id.Length > 0 && !ids.Add(ImportText.Normalize(id)))
            {
                ctx.Error(row.Number, col(ImportField.RowId), ImportField.RowId, ImportProblems.DuplicateRowId, id);
                id = "";
            }
            var kindText = PlanContext.Text(row, col(ImportField.RowKind));
            var kind = ImportValues.ParseRowKind(kindText);
            if (kindText.Length > 0 && kind is null)
                ctx.Error(row.Number, col(ImportField.RowKind), ImportField.RowKind, ImportProblems.UnknownRowKind, kindText);
            var metric = PlanContext.Text(row, col(ImportField.Start)).Length > 0 || PlanContext.Text(row, col(ImportField.Target)).Length > 0;
            var parents = PlanContext.Text(row, parentColumn).Split([',', ';', '|', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            nodes.Add(new Node(row, id.Length > 0 ? id : ObjectiveDraft.RowRef(row.Number), PlanContext.Text(row, col(ImportField.Objective)), kind, metric, parents));
        }
        return nodes;
    }

    private static void Classify(List<Node> nodes, PlanContext ctx, Func<ImportField, int?> col)
    {
        foreach (var n in nodes.Where(n => n.Kind == ImportRowKind.Initiative))
            ctx.Warn(n.Row.Number, col(ImportField.RowKind), ImportField.RowKind, ImportProblems.InitiativeSkipped, n.Title);
        // An initiative's children hang on the initiative's parent: the initiative itself is no goal.
        foreach (var n in nodes)
            for (var hops = 0; n.Parent is { Kind: ImportRowKind.Initiative } p && hops < 10_000; hops++) n.Parent = p.Parent;
        foreach (var n in nodes.Where(n => n.Kind != ImportRowKind.Initiative && n.Parent is not null)) n.Parent!.Children++;
        foreach (var n in nodes.Where(n => n.Kind is null))
            n.Kind = n.HasMetric && n.Children == 0 && n.Parent is not null ? ImportRowKind.KeyResult : ImportRowKind.Objective;
        foreach (var n in nodes.Where(n => n.Kind == ImportRowKind.Objective && n.HasMetric))
            ctx.Warn(n.Row.Number, col(ImportField.Target) ?? col(ImportField.Start), ImportField.Target, ImportProblems.MetricIgnored);
    }
}
