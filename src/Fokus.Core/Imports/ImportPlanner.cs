using System.Globalization;
using Fokus.Core.Exchange;

namespace Fokus.Core.Imports;

/// <summary>Turns a sheet's cells, read through a mapping, into a validated plan; pure, so a preview writes nothing.
/// Problems name the row (as the spreadsheet numbers it) and the column (its header as written).</summary>
public static class ImportPlanner
{
    public static ImportPlan Plan(ImportSheet sheet, ImportMapping mapping, CultureInfo fileCulture)
    {
        var ctx = new PlanContext(sheet.Headers, fileCulture);
        return mapping.Layout switch
        {
            ImportLayout.WideKeyResults => WidePlanner.Plan(sheet, mapping, ctx),
            ImportLayout.ParentRowIds or ImportLayout.VivaGoals => GoalListPlanner.Plan(sheet, mapping, ctx),
            _ => FlatPlanner.Plan(sheet, mapping, ctx),
        };
    }

    /// <summary>Detects the layout from the header row and plans with the suggested mapping.</summary>
    public static ImportPlan Plan(ImportSheet sheet, CultureInfo fileCulture) =>
        Plan(sheet, ImportLayoutDetector.Detect(sheet.Headers), fileCulture);

    /// <summary>Fokus's own JSON export: source ids kept (a re-import updates), check-in history carried.</summary>
    public static ImportPlan PlanDocument(OkrExchangeDocument doc) => DocumentPlanner.Plan(doc);
}
