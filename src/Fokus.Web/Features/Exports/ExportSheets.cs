using Fokus.Core.Exchange;
using Fokus.Core.Model;
using Fokus.Web.Infrastructure;
using C = Fokus.Core.Exchange.KeyResultSheetColumns;

namespace Fokus.Web.Features.Exports;

/// <summary>The four sheets of the XLSX (and the CSV tables): objectives, key results, check-ins and initiatives.</summary>
internal static class ExportSheets
{
    public static IReadOnlyList<IExportSheet> All(ExportData data, IEnumerable<CheckInRow> checkIns, int? checkInCount = null) =>
        [Objectives(data), KeyResults(data), CheckIns(data, checkIns, checkInCount), Initiatives(data)];

    public static IExportSheet Objectives(ExportData d)
    {
        var s = d.Scope;
        return new ExportSheet<ObjectiveRow>(ExportSheetKeys.Objectives, Text("Export.Sheet.Objectives"),
        [
            (new(Text("Export.Col.ObjectiveId")), o => o.Id.ToString()),
            (new(Text("Export.Col.Objective")), o => o.Title),
            (new(Text("Export.Col.Description")), o => o.Description),
            (new(Text("Export.Col.Level")), o => ExchangeWords.Of(o.Level, s.Swedish)),
            (new(Text("Export.Col.Period")), o => d.PeriodName(o)),
            (new(Text("Export.Col.Team")), o => s.TeamNameOf(o.OwnerTeamId)),
            (new(Text("Export.Col.Owner")), o => s.NameOf(o.OwnerPersonId) ?? s.TeamNameOf(o.OwnerTeamId)),
            (new(Text("Export.Col.ParentId")), o => o.ParentObjectiveId?.ToString()),
            (new(Text("Export.Col.State")), o => Text($"ObjectiveState.{o.State}")),
            (new(Text("Export.Col.Progress"), ColumnKind.Percent), o => Math.Round(d.Progress(o), 4)),
            (new(Text("Export.Col.Status")), o => d.Status(o) is { } status ? StatusText(status) : ""),
            (new(Text("Export.Col.KeyResults"), ColumnKind.Number), o => d.KeyResults[o.Id].Count()),
            (new(Text("Export.Col.Updated"), ColumnKind.Timestamp), o => o.UpdatedAt.UtcDateTime),
        ], d.Objectives);
    }

    /// <summary>Exactly the contract's columns, in its order: the importer reads this sheet back.</summary>
    public static IExportSheet KeyResults(ExportData d)
    {
        var s = d.Scope;
        var cells = new Dictionary<C.Column, (ColumnKind Kind, Func<(ObjectiveRow O, KeyResultRow K), object?> Value)>
        {
            [C.ObjectiveId] = (ColumnKind.Text, l => l.O.Id.ToString()),
            [C.Objective] = (ColumnKind.Text, l => l.O.Title),
            [C.ObjectiveDescription] = (ColumnKind.Text, l => l.O.Description),
            [C.Level] = (ColumnKind.Text, l => ExchangeWords.Of(l.O.Level, s.Swedish)),
            [C.Period] = (ColumnKind.Text, l => d.PeriodName(l.O)),
            [C.Team] = (ColumnKind.Text, l => s.TeamNameOf(l.O.OwnerTeamId)),
            [C.ObjectiveOwner] = (ColumnKind.Text, l => s.EmailOf(l.O.OwnerPersonId)),
            [C.ParentObjectiveId] = (ColumnKind.Text, l => l.O.ParentObjectiveId?.ToString()),
            [C.KeyResultId] = (ColumnKind.Text, l => l.K.Id.ToString()),
            [C.KeyResult] = (ColumnKind.Text, l => l.K.Title),
            [C.Type] = (ColumnKind.Text, l => ExchangeWords.Of(l.K.Type, s.Swedish)),
            [C.Unit] = (ColumnKind.Text, l => l.K.Unit),
            [C.Currency] = (ColumnKind.Text, l => l.K.CurrencyCode),
            [C.Direction] = (ColumnKind.Text, l => ExchangeWords.Of(l.K.Direction, s.Swedish)),
            [C.Start] = (ColumnKind.Number, l => l.K.StartValue),
            [C.Target] = (ColumnKind.Number, l => l.K.TargetValue),
            [C.Current] = (ColumnKind.Number, l => l.K.CurrentValue),
            [C.Weight] = (ColumnKind.Number, l => l.K.Weight),
            [C.Owner] = (ColumnKind.Text, l => s.EmailOf(l.K.OwnerPersonId)),
            [C.Progress] = (ColumnKind.Percent, l => Math.Round(l.K.Progress, 4)),
            [C.Status] = (ColumnKind.Text, l => StatusText(d.Status(l.O, l.K))),
            [C.Confidence] = (ColumnKind.Number, l => l.K.LastConfidence),
            [C.LastCheckIn] = (ColumnKind.Date, l => l.K.LastCheckInAt?.UtcDateTime.Date),
            [C.Score] = (ColumnKind.Number, l => l.K.Score),
        };
        var columns = C.All.Select(c => (new ExportColumn(C.Header(c, s.Swedish), cells[c].Kind), cells[c].Value)).ToList();
        return new ExportSheet<(ObjectiveRow, KeyResultRow)>(ExportSheetKeys.KeyResults, Text("Export.Sheet.KeyResults"), columns,
            d.KeyResultLines, d.KeyResultLines.Count());
    }

    public static IExportSheet CheckIns(ExportData d, IEnumerable<CheckInRow> checkIns, int? count = null)
    {
        var s = d.Scope;
        var lines = d.KeyResultLines.ToDictionary(l => l.KeyResult.Id);
        return new ExportSheet<CheckInRow>(ExportSheetKeys.CheckIns, Text("Export.Sheet.CheckIns"),
        [
            (new(Text("Export.Col.Date"), ColumnKind.Timestamp), c => c.CreatedAt.UtcDateTime),
            (new(C.Header(C.KeyResultId, s.Swedish)), c => c.KeyResultId.ToString()),
            (new(C.Header(C.KeyResult, s.Swedish)), c => lines.TryGetValue(c.KeyResultId, out var l) ? l.KeyResult.Title : null),
            (new(C.Header(C.Objective, s.Swedish)), c => lines.TryGetValue(c.KeyResultId, out var l) ? l.Objective.Title : null),
            (new(Text("Export.Col.Value"), ColumnKind.Number), c => c.Value),
            (new(Text("Export.Col.Done")), c => c.Done is { } done ? Text(done ? "Export.Yes" : "Export.No") : null),
            (new(C.Header(C.Confidence, s.Swedish), ColumnKind.Number), c => c.Confidence),
            (new(Text("Export.Col.WentWell")), c => c.WentWell),
            (new(Text("Export.Col.Blockers")), c => c.Blockers),
            (new(Text("Export.Col.Note")), c => c.Note),
            (new(Text("Export.Col.Author")), c => s.EmailOf(c.AuthorPersonId)),
        ], checkIns, count);
    }

    public static IExportSheet Initiatives(ExportData d)
    {
        var s = d.Scope;
        var titles = d.KeyResultLines.ToDictionary(l => l.KeyResult.Id, l => l.KeyResult.Title);
        return new ExportSheet<InitiativeRow>(ExportSheetKeys.Initiatives, Text("Export.Sheet.Initiatives"),
        [
            (new(Text("Export.Col.Initiative")), i => i.Title),
            (new(Text("Export.Col.Description")), i => i.Description),
            (new(Text("Export.Col.Status")), i => ExchangeWords.Of(i.Status, s.Swedish)),
            (new(Text("Export.Col.DueDate"), ColumnKind.Date), i => i.DueDate?.ToDateTime(TimeOnly.MinValue)),
            (new(Text("Export.Col.Owner")), i => s.EmailOf(i.OwnerPersonId)),
            (new(Text("Export.Col.KeyResults")), i => string.Join("; ", i.KeyResultIds.Select(k => titles.GetValueOrDefault(k)).OfType<string>())),
            (new(Text("Export.Col.KeyResultIds")), i => string.Join("; ", i.KeyResultIds)),
        ], d.Initiatives);
    }

    private static string StatusText(KeyResultStatus status) =>
        Text($"Status.{char.ToLowerInvariant(status.ToString()[0])}{status.ToString()[1..]}");

    private static string Text(string key) => SharedText.Get(key);
}

internal static class ExportSheetKeys
{
    public const string Objectives = "objectives";
    public const string KeyResults = "keyResults";
    public const string CheckIns = "checkIns";
    public const string Initiatives = "initiatives";
    public static readonly string[] All = [KeyResults, Objectives, CheckIns, Initiatives];
}
