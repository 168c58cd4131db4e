using System.Globalization;
using Fokus.Core.Rules;
using Fokus.Web.Components.Shared;
using Fokus.Web.Features.Review;
using PdfSharp.Drawing;

namespace Fokus.Web.Features.Exports.Pdf;

/// <summary>Per team its objectives with their key results (progress and score), then the learnings from the quarter review.</summary>
internal static class PdfTeamSections
{
    public static void Write(PdfPageFlow flow, ExportData data, CultureInfo culture)
    {
        var s = data.Scope;
        var groups = data.Objectives.Where(o => o.PeriodId is not null).GroupBy(o => o.OwnerPersonId is null ? o.OwnerTeamId : null)
            .OrderBy(g => g.Key is null).ThenBy(g => s.TeamNameOf(g.Key), StringComparer.Create(culture, true));
        foreach (var group in groups)
        {
            PdfReport.Heading(flow, s.TeamNameOf(group.Key) ?? PdfReport.Text("Report.Personal"));
            var rows = new List<IReadOnlyList<string>>();
            var objectiveRows = new HashSet<int>();
            foreach (var o in group)
            {
                objectiveRows.Add(rows.Count);
                var krs = data.KeyResults[o.Id].ToList();
                var scores = krs.Select(k => k.Score ?? ScoreRule.Suggest(k.Progress)).ToList();
                rows.Add([o.Title, ValueFormat.Percent(data.Progress(o), culture),
                    scores.Count == 0 ? "–" : PdfReport.Score(Math.Round(scores.Average(), 2), culture)]);
                foreach (var (k, score) in krs.Zip(scores))
                    rows.Add([$"    {k.Title}", ValueFormat.Percent(k.Progress, culture), PdfReport.Score(score, culture)]);
            }
            PdfTables.Table(flow,
                [new(PdfReport.Text("Export.Col.Objective"), 6), new(PdfReport.Text("Export.Col.Progress"), 1.2, true),
                 new(PdfReport.Text("Export.Col.Score"), 1.2, true)],
                rows, objectiveRows.Contains);
        }
    }

    public static void Learnings(PdfPageFlow flow, IReadOnlyList<LearningDto> learnings)
    {
        PdfReport.Heading(flow, PdfReport.Text("Report.Learnings"));
        var normal = PdfFonts.Font(9.5);
        var label = PdfFonts.Font(9.5, bold: true);
        if (learnings.Count == 0) flow.Text(PdfReport.Text("Report.NoLearnings"), normal);
        foreach (var l in learnings)
        {
            flow.Ensure(50);
            flow.Text(l.Title, PdfFonts.Font(11, bold: true));
            var meta = string.Join(" · ", new[] { l.OwnerName, l.Outcome is { } o ? PdfReport.Text($"Review.Outcome.{o}") : null }.OfType<string>());
            if (meta.Length > 0) flow.Text(meta, normal, 0, XBrushes.DimGray);
            foreach (var (key, text) in new[] { ("Review.WhatWorked", l.WhatWorked), ("Review.WhatDidNot", l.WhatDidNot), ("Review.DoDifferently", l.DoDifferently) })
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                flow.Text(PdfReport.Text(key), label, 8);
                flow.Text(text, normal, 16);
            }
            flow.Gap(6);
        }
    }
}
