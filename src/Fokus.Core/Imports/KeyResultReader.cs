using Fokus.Core.Model;

namespace Fokus.Core.Imports;

/// <summary>Reads one key result from a row, wherever its columns are (a flat row, a wide group, a goal-list row),
/// and names every problem by row and column. Returns a key result even with errors, so the preview can count it.</summary>
internal static class KeyResultReader
{
    private static readonly ImportField[] KeyResultFields =
    [
        ImportField.KeyResultDescription, ImportField.Type, ImportField.Unit, ImportField.Direction, ImportField.Start,
        ImportField.Target, ImportField.Current, ImportField.Weight, ImportField.Owner, ImportField.Confidence, ImportField.Completion,
    ];

    public static PlannedKeyResult? Read(ImportRow row, Func<ImportField, int?> col, PlanContext ctx)
    {
        var title = PlanContext.Text(row, col(ImportField.KeyResult));
        if (title.Length == 0)
        {
            if (KeyResultFields.Any(f => PlanContext.Text(row, col(f)).Length > 0))
                ctx.Error(row.Number, col(ImportField.KeyResult), ImportField.KeyResult, ImportProblems.MissingTitle);
            return null;
        }
        var r = row.Number;
        ctx.Length(r, col(ImportField.KeyResult), ImportField.KeyResult, title, ImportProblems.MaxTitle);
        var description = PlanContext.Text(row, col(ImportField.KeyResultDescription));
        ctx.Length(r, col(ImportField.KeyResultDescription), ImportField.KeyResultDescription, description, ImportProblems.MaxDescription);

        var typeText = PlanContext.Text(row, col(ImportField.Type));
        // A tool's "metric" column may hold the type (Number, Percentage) rather than a direction.
        var directionText = PlanContext.Text(row, col(ImportField.Direction));
        var typeInDirection = ImportValues.ParseDirection(directionText) is null ? ImportValues.ParseType(directionText) : null;
        if (typeText.Length == 0 && typeInDirection is not null) directionText = "";
        var type = ImportValues.ParseType(typeText) ?? (typeText.Length == 0 ? typeInDirection : null);
        if (typeText.Length > 0 && type is null) ctx.Error(r, col(ImportField.Type), ImportField.Type, ImportProblems.UnknownType, typeText);
        var start = ctx.Number(row, col(ImportField.Start), ImportField.Start);
        var target = ctx.Number(row, col(ImportField.Target), ImportField.Target);
        var currentText = PlanContext.Text(row, col(ImportField.Current));
        var completion = ctx.Number(row, col(ImportField.Completion), ImportField.Completion);
        var unit = PlanContext.Text(row, col(ImportField.Unit));
        var unitCurrency = ImportValues.ParseCurrency(unit);
        type ??= ImportValues.TypeFrom(start) ?? ImportValues.TypeFrom(target)
            ?? (unit == "%" ? KeyResultType.Percent : unitCurrency is not null ? KeyResultType.Currency : null);

        var weight = Bounded(row, col(ImportField.Weight), ImportField.Weight, ctx, 0, 100, whole: false) ?? 1m;
        var confidence = (int?)Bounded(row, col(ImportField.Confidence), ImportField.Confidence, ctx, 0, 10, whole: true);
        var owner = PlanContext.Text(row, col(ImportField.Owner)) is { Length: > 0 } o ? o : null;
        var sourceId = Guid.TryParse(PlanContext.Text(row, col(ImportField.KeyResultId)), out var id) ? id : (Guid?)null;

        var measured = start is not null || target is not null;
        if (type is null && !measured && completion is not null || type == KeyResultType.Percent && !measured && completion is not null)
        {
            // Percent complete only (wide layout, a goal list's Progress): a Percent key result from 0 to 100.
            return new PlannedKeyResult(r, sourceId, title, description, KeyResultType.Percent, "", null, Direction.Increase,
                0, 100, completion!.Value, false, weight, owner, confidence, []);
        }
        if (type is null && !measured && (currentText.Length == 0 || ImportValues.ParseDone(currentText) is not null))
        {
            ctx.Warn(r, col(ImportField.Type), ImportField.Type, ImportProblems.ReadAsMilestone);
            type = KeyResultType.Milestone;
        }
        if (type == KeyResultType.Milestone) return Milestone(row, col, ctx, title, description, currentText, weight, owner, confidence, sourceId);

        var current = ctx.Number(row, col(ImportField.Current), ImportField.Current);
        type ??= ImportValues.TypeFrom(current) ?? KeyResultType.Number;
        // A cell that is not a number has its own problem already.
        if (start is null && PlanContext.Text(row, col(ImportField.Start)).Length == 0)
            ctx.Error(r, col(ImportField.Start), ImportField.Start, ImportProblems.MissingValue);
        if (target is null && PlanContext.Text(row, col(ImportField.Target)).Length == 0)
            ctx.Error(r, col(ImportField.Target), ImportField.Target, ImportProblems.MissingValue);
        var s = start?.Value ?? 0m;
        var t = target?.Value ?? 0m;
        var direction = ReadDirection(row, col, ctx, directionText, start is not null && target is not null, s, t);
        var currency = Currency(row, col, ctx, type.Value, start, target, current, unitCurrency);
        // The unit column may only have said the currency or the percent sign, which the type now carries.
        if (unit == "%" && type == KeyResultType.Percent || unitCurrency is not null && unitCurrency == currency) unit = "";
        ctx.Length(r, col(ImportField.Unit), ImportField.Unit, unit, ImportProblems.MaxUnit);
        return new PlannedKeyResult(r, sourceId, title, description, type.Value, unit, currency, direction, s, t,
            current?.Value, false, weight, owner, confidence, []);
    }

    private static Direction ReadDirection(ImportRow row, Func<ImportField, int?> col, PlanContext ctx, string text, bool both, decimal s, decimal t)
    {
        var r = row.Number;
        var word = ImportValues.ParseDirection(text);
        if (text.Length > 0 && word is null) ctx.Error(r, col(ImportField.Direction), ImportField.Direction, ImportProblems.UnknownDirection, text);
        var direction = word ?? ImportValues.DirectionFrom(s, t);
        if (!both || direction is Direction.AtLeast or Direction.AtMost) return direction;
        var args = new[] { PlanContext.Invariant(s), PlanContext.Invariant(t) };
        if (s == t) ctx.Error(r, col(ImportField.Target), ImportField.Target, ImportProblems.StartEqualsTarget, args);
        else if (direction == Direction.Increase && t < s) ctx.Error(r, col(ImportField.Target), ImportField.Target, ImportProblems.TargetBelowStart, args);
        else if (direction == Direction.Decrease && t > s) ctx.Error(r, col(ImportField.Target), ImportField.Target, ImportProblems.TargetAboveStart, args);
        return direction;
    }

    private static string? Currency(ImportRow row, Func<ImportField, int?> col, PlanContext ctx, KeyResultType type,
        NumberReading? start, NumberReading? target, NumberReading? current, string? unitCurrency)
    {
        if (type != KeyResultType.Currency) return null;
        var text = PlanContext.Text(row, col(ImportField.Currency));
        var code = ImportValues.ParseCurrency(text);
        if (text.Length > 0 && code is null) ctx.Error(row.Number, col(ImportField.Currency), ImportField.Currency, ImportProblems.UnknownCurrency, text);
        code ??= start?.CurrencyCode ?? target?.CurrencyCode ?? current?.CurrencyCode ?? unitCurrency;
        if (code is null && text.Length == 0) ctx.Error(row.Number, col(ImportField.Currency), ImportField.Currency, ImportProblems.CurrencyMissing);
        return code;
    }

    private static PlannedKeyResult Milestone(ImportRow row, Func<ImportField, int?> col, PlanContext ctx, string title, string description,
        string currentText, decimal weight, string? owner, int? confidence, Guid? sourceId)
    {
        // A number says done when it reaches the target (1, or 100 %): Fokus's export writes a milestone as 0 or 1.
        var done = ImportValues.ParseDone(currentText) ?? (ImportValues.ParseNumber(currentText, ctx.Culture) is { } n
            ? n.Unit == NumberUnit.Percent ? n.Value >= 100 : n.Value >= 1 : null);
        if (currentText.Length > 0 && done is null)
            ctx.Error(row.Number, col(ImportField.Current), ImportField.Current, ImportProblems.NotYesOrNo, currentText);
        return new PlannedKeyResult(row.Number, sourceId, title, description, KeyResultType.Milestone, "", null, Direction.Increase,
            0, 1, done is null ? null : done.Value ? 1 : 0, done == true, weight, owner, confidence, []);
    }

    private static decimal? Bounded(ImportRow row, int? column, ImportField field, PlanContext ctx, decimal min, decimal max, bool whole)
    {
        var n = ctx.Number(row, column, field);
        if (n is null) return null;
        if (n.Value >= min && n.Value <= max && (!whole || n.Value == decimal.Truncate(n.Value))) return n.Value;
        ctx.Error(row.Number, column, field, ImportProblems.OutOfRange, PlanContext.Invariant(min), PlanContext.Invariant(max));
        return null;
    }
}
