using System.Globalization;
using Fokus.Core.Exchange;
using Fokus.Core.Model;

namespace Fokus.Core.Imports;

/// <summary>Fokus's own JSON export. The document's ids become SourceIds (a re-import into the same organisation updates
/// instead of duplicating) and the check-in history is carried whole. Problems name the JSON path of the bad value;
/// Row is the objective's position in the document (1-based).</summary>
internal static class DocumentPlanner
{
    public static ImportPlan Plan(OkrExchangeDocument doc)
    {
        var ctx = new PlanContext([], CultureInfo.InvariantCulture);
        if (doc.Format != OkrExchangeDocument.FormatName)
            return Refuse(ctx, "format", ImportProblems.NotFokusDocument, doc.Format ?? "");
        if (doc.Version is < 1 or > OkrExchangeDocument.CurrentVersion)
            return Refuse(ctx, "version", ImportProblems.UnsupportedVersion, doc.Version.ToString(CultureInfo.InvariantCulture));
        var ids = (doc.Objectives ?? []).Select(o => o.Id).ToHashSet();
        var objectives = new List<PlannedObjective>();
        for (var i = 0; i < (doc.Objectives ?? []).Count; i++)
        {
            var o = doc.Objectives![i];
            var row = i + 1;
            var path = $"objectives[{i}]";
            Text(ctx, row, path + ".title", o.Title, ImportProblems.MaxTitle, required: true);
            Text(ctx, row, path + ".description", o.Description, ImportProblems.MaxDescription, required: false);
            var level = ImportValues.ParseLevel(o.Level);
            if (level is null) Add(ctx, row, path + ".level", ImportProblems.UnknownLevel, o.Level ?? "");
            var krs = (o.KeyResults ?? []).Select((k, j) => KeyResult(ctx, row, $"{path}.keyResults[{j}]", k)).ToList();
            if (krs.Count > ImportProblems.MaxKeyResults)
                Add(ctx, row, path + ".keyResults", ImportProblems.TooManyKeyResults, krs.Count.ToString(CultureInfo.InvariantCulture),
                    ImportProblems.MaxKeyResults.ToString(CultureInfo.InvariantCulture));
            var parentRef = o.ParentId is { } p && ids.Contains(p) && p != o.Id ? p.ToString() : null;
            if (o.ParentId == o.Id) Add(ctx, row, path + ".parentId", ImportProblems.AlignmentCycle, o.Title ?? "");
            objectives.Add(new PlannedObjective(row, o.Id.ToString(), o.Id, o.Title?.Trim() ?? "", o.Description?.Trim() ?? "", level,
                o.Period, o.Team, o.OwnerEmail, parentRef, o.ParentId == o.Id ? null : o.ParentId, krs));
        }
        objectives = ParentCycles.Cut(objectives, ctx, null, ImportField.ParentObjectiveId);
        return new ImportPlan(ImportLayout.FokusSheet, objectives, ctx.Problems);
    }

    private static PlannedKeyResult KeyResult(PlanContext ctx, int row, string path, ExchangeKeyResult k)
    {
        Text(ctx, row, path + ".title", k.Title, ImportProblems.MaxTitle, required: true);
        Text(ctx, row, path + ".description", k.Description, ImportProblems.MaxDescription, required: false);
        Text(ctx, row, path + ".unit", k.Unit, ImportProblems.MaxUnit, required: false);
        var type = ImportValues.ParseType(k.Type);
        if (type is null) Add(ctx, row, path + ".type", ImportProblems.UnknownType, k.Type ?? "");
        var direction = ImportValues.ParseDirection(k.Direction);
        if (direction is null) Add(ctx, row, path + ".direction", ImportProblems.UnknownDirection, k.Direction ?? "");
        var args = new[] { PlanContext.Invariant(k.StartValue), PlanContext.Invariant(k.TargetValue) };
        if (type is not KeyResultType.Milestone and not null && direction is Direction.Increase or Direction.Decrease)
        {
            if (k.StartValue == k.TargetValue) Add(ctx, row, path + ".targetValue", ImportProblems.StartEqualsTarget, args);
            else if (direction == Direction.Increase && k.TargetValue < k.StartValue) Add(ctx, row, path + ".targetValue", ImportProblems.TargetBelowStart, args);
            else if (direction == Direction.Decrease && k.TargetValue > k.StartValue) Add(ctx, row, path + ".targetValue", ImportProblems.TargetAboveStart, args);
        }
        if (type == KeyResultType.Currency && ImportValues.ParseCurrency(k.CurrencyCode) is null)
            Add(ctx, row, path + ".currencyCode", ImportProblems.CurrencyMissing);
        if (k.Weight is < 0 or > 100) Add(ctx, row, path + ".weight", ImportProblems.OutOfRange, "0", "100");
        var checkIns = (k.CheckIns ?? []).OrderBy(c => c.CreatedAt)
            .Select(c => new PlannedCheckIn(c.CreatedAt, c.Value, c.Done, c.Confidence, c.WentWell ?? "", c.Blockers ?? "", c.Note ?? "", c.AuthorEmail))
            .ToList();
        // Without history, a value that moved from the start still becomes the first check-in.
        decimal? current = checkIns.Count == 0 && (k.CurrentValue != k.StartValue || k.Done) ? k.CurrentValue : null;
        return new PlannedKeyResult(row, k.Id, k.Title?.Trim() ?? "", k.Description?.Trim() ?? "", type ?? KeyResultType.Number,
            k.Unit?.Trim() ?? "", type == KeyResultType.Currency ? k.CurrencyCode : null, direction ?? Direction.Increase,
            k.StartValue, k.TargetValue, current, k.Done, k.Weight, k.OwnerEmail, null, checkIns);
    }

    private static void Text(PlanContext ctx, int row, string path, string? text, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text)) Add(ctx, row, path, ImportProblems.MissingTitle);
        if (text?.Trim().Length > max) Add(ctx, row, path, ImportProblems.TooLong, max.ToString(CultureInfo.InvariantCulture));
    }

    private static void Add(PlanContext ctx, int row, string path, string key, params string[] args) =>
        ctx.Problems.Add(new ImportProblem(row, path, key, args));

    private static ImportPlan Refuse(PlanContext ctx, string path, string key, string arg)
    {
        Add(ctx, 0, path, key, arg);
        return new ImportPlan(ImportLayout.FokusSheet, [], ctx.Problems);
    }
}
