using System.Text.RegularExpressions;
using Fokus.Core.Exchange;

namespace Fokus.Core.Imports;

/// <summary>The key_result_N_… columns of one N in the wide layout.</summary>
public sealed record WideKeyResultColumns(int Number, IReadOnlyDictionary<ImportField, int> Columns)
{
    public int? ColumnOf(ImportField field) => Columns.TryGetValue(field, out var c) ? c : null;
}

/// <summary>Recognises a sheet's layout from its header row and proposes which column feeds which field.</summary>
public static partial class ImportLayoutDetector
{
    private static readonly string[] VivaMarkers = ["owner s", "owners", "team s", "teams", "parent", "progress", "status", "score",
        "start date", "end date", "time period", "metric", "start value", "target value", "current value"];

    public static ImportMapping Detect(IReadOnlyList<string> headers)
    {
        var fokus = FokusSheetColumns(headers);
        if (fokus.Count >= 8 && fokus.ContainsKey(ImportField.Objective) && fokus.ContainsKey(ImportField.KeyResult))
            return new ImportMapping(ImportLayout.FokusSheet, fokus);
        if (WideGroups(headers).Count > 0)
            return new ImportMapping(ImportLayout.WideKeyResults, SuggestColumns(headers, ImportLayout.WideKeyResults));
        var names = headers.Select(ImportText.Normalize).ToList();
        if (names.Contains("row id") && (names.Contains("parent row ids") || names.Contains("parent row id")))
            return new ImportMapping(ImportLayout.ParentRowIds, SuggestColumns(headers, ImportLayout.ParentRowIds));
        var goals = SuggestColumns(headers, ImportLayout.VivaGoals);
        if (goals.ContainsKey(ImportField.Objective) && goals.ContainsKey(ImportField.RowKind)
            && !goals.ContainsKey(ImportField.KeyResult) && names.Count(VivaMarkers.Contains) >= 2)
            return new ImportMapping(ImportLayout.VivaGoals, goals);
        var flat = SuggestColumns(headers);
        if (flat.ContainsKey(ImportField.Objective) && flat.ContainsKey(ImportField.KeyResult))
            return new ImportMapping(ImportLayout.FlatKeyResults, flat);
        if (goals.ContainsKey(ImportField.RowId) && goals.ContainsKey(ImportField.ParentRowIds) && goals.ContainsKey(ImportField.Objective))
            return new ImportMapping(ImportLayout.ParentRowIds, goals);
        return new ImportMapping(ImportLayout.Custom, flat);
    }

    /// <summary>Suggestions for the mapping step: each field gets the first header that names it exactly, then headers
    /// that start with one of its names ("Start value (SEK)"). Case, accents and punctuation do not matter.</summary>
    public static IReadOnlyDictionary<ImportField, int> SuggestColumns(IReadOnlyList<string> headers) =>
        SuggestColumns(headers, ImportLayout.Custom);

    public static IReadOnlyDictionary<ImportField, int> SuggestColumns(IReadOnlyList<string> headers, ImportLayout layout)
    {
        var synonyms = layout is ImportLayout.ParentRowIds or ImportLayout.VivaGoals
            ? [.. ImportColumnSynonyms.GoalListOverrides, .. ImportColumnSynonyms.Flat]
            : ImportColumnSynonyms.Flat;
        var names = headers.Select(ImportText.Normalize).ToList();
        var wide = layout == ImportLayout.WideKeyResults ? WideGroups(headers).SelectMany(g => g.Columns.Values).ToHashSet() : [];
        var result = new Dictionary<ImportField, int>();
        var used = new HashSet<int>(wide);
        // Exact names first, a field's better names before its looser ones ("Objective" before "Title").
        foreach (var (field, fieldNames) in synonyms)
            foreach (var name in fieldNames)
            {
                if (result.ContainsKey(field)) break;
                var i = names.FindIndex(n => n == name);
                if (i < 0 || used.Contains(i)) continue;
                result[field] = i;
                used.Add(i);
            }
        // Then headers with an addition ("Start value (SEK)"): the longest name that starts the header wins.
        for (var i = 0; i < names.Count; i++)
        {
            if (used.Contains(i)) continue;
            var best = synonyms.Where(s => !result.ContainsKey(s.Field))
                .SelectMany(s => s.Names.Where(n => n.Length > 2 && names[i].StartsWith(n + " ", StringComparison.Ordinal)).Select(n => (s.Field, n.Length)))
                .OrderByDescending(x => x.Length).FirstOrDefault();
            if (best.Length == 0) continue;
            result[best.Field] = i;
            used.Add(i);
        }
        return result;
    }

    /// <summary>The field one header names on its own, for showing a person what a column was taken for.</summary>
    public static ImportField? FieldOf(string header, ImportLayout layout = ImportLayout.Custom) =>
        SuggestColumns([header], layout).Keys.Cast<ImportField?>().FirstOrDefault();

    [GeneratedRegex(@"^(?:key ?results?|kr|nyckelresultat) ?(\d{1,2})(?: (.*))?$")]
    private static partial Regex WideHeader();

    /// <summary>key_result_1_title, key_result_1_completion, … grouped by N, in order of N.</summary>
    public static IReadOnlyList<WideKeyResultColumns> WideGroups(IReadOnlyList<string> headers)
    {
        var groups = new SortedDictionary<int, Dictionary<ImportField, int>>();
        for (var i = 0; i < headers.Count; i++)
        {
            var m = WideHeader().Match(ImportText.Normalize(headers[i]));
            if (!m.Success) continue;
            var suffix = m.Groups[2].Success ? m.Groups[2].Value : "";
            var field = ImportColumnSynonyms.WideSuffixes.Where(s => s.Names.Contains(suffix)).Select(s => (ImportField?)s.Field).FirstOrDefault();
            if (field is null) continue;
            var group = groups.TryGetValue(int.Parse(m.Groups[1].Value), out var g) ? g : groups[int.Parse(m.Groups[1].Value)] = [];
            group.TryAdd(field.Value, i);
        }
        return groups.Where(g => g.Value.ContainsKey(ImportField.KeyResult))
            .Select(g => new WideKeyResultColumns(g.Key, g.Value)).ToList();
    }

    private static Dictionary<ImportField, int> FokusSheetColumns(IReadOnlyList<string> headers)
    {
        var result = new Dictionary<ImportField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var column = KeyResultSheetColumns.All.FirstOrDefault(c => ImportText.Same(headers[i], c.English) || ImportText.Same(headers[i], c.Swedish));
            if (column is not null && FokusFields.TryGetValue(column.Key, out var field)) result.TryAdd(field, i);
        }
        return result;
    }

    // Progress, status and last check-in are computed by Fokus; an import recomputes them.
    private static readonly Dictionary<string, ImportField> FokusFields = new()
    {
        ["objectiveId"] = ImportField.ObjectiveId, ["objective"] = ImportField.Objective,
        ["objectiveDescription"] = ImportField.ObjectiveDescription, ["level"] = ImportField.Level, ["period"] = ImportField.Period,
        ["team"] = ImportField.Team, ["objectiveOwner"] = ImportField.ObjectiveOwner, ["parentObjectiveId"] = ImportField.ParentObjectiveId,
        ["keyResultId"] = ImportField.KeyResultId, ["keyResult"] = ImportField.KeyResult, ["type"] = ImportField.Type,
        ["unit"] = ImportField.Unit, ["currency"] = ImportField.Currency, ["direction"] = ImportField.Direction,
        ["start"] = ImportField.Start, ["target"] = ImportField.Target, ["current"] = ImportField.Current,
        ["weight"] = ImportField.Weight, ["owner"] = ImportField.Owner, ["confidence"] = ImportField.Confidence, ["score"] = ImportField.Score,
    };
}
