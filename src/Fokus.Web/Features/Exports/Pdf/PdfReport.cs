using System.Globalization;
using Fokus.Web.Components.Shared;
using Fokus.Web.Features.Review;
using Fokus.Web.Infrastructure;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Fokus.Web.Features.Exports.Pdf;

/// <summary>
/// The period report a board reads: title and dates, average score and bands, a bar chart per team, each team's objectives
/// with their key results, check-in discipline and the learnings. The figures are the period report's (PeriodReportHandler).
/// </summary>
internal static class PdfReport
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(ExportData data, PeriodReportDto report, CultureInfo culture)
    {
        PdfFonts.Register();
        var s = data.Scope;
        using var document = new PdfDocument();
        document.Info.Title = $"{Text("Report.Title")}: {s.Period.Name}";
        document.Info.Author = s.OrganisationName;
        using (var flow = new PdfPageFlow(document))
        {
            Header(flow, data, culture);
            Summary(flow, report, culture);
            Heading(flow, Text("Export.Pdf.ScoresPerTeam"));
            PdfChart.ScoreBars(flow, report.Teams.Select(t => (TeamName(t), t.AverageScore)).ToList(), culture);
            Heading(flow, Text("Report.PerTeam"));
            PdfTables.Table(flow,
                [new(Text("Export.Col.Team"), 2.6), new(Text("Report.AverageScore"), 2.3, true), new(Text("Report.BandLow"), 0.9, true),
                 new(Text("Report.BandMiddle"), 0.9, true), new(Text("Report.BandHigh"), 0.9, true), new(Text("Report.Discipline"), 2.5, true)],
                report.Teams.Select(t => (IReadOnlyList<string>)[TeamName(t), Score(t.AverageScore, culture), Count(t.Bands.Low, culture),
                    Count(t.Bands.Middle, culture), Count(t.Bands.High, culture), Share(t.MadeCheckIns, t.DueCheckIns, culture)]));
            PdfTeamSections.Write(flow, data, culture);
            PdfTeamSections.Learnings(flow, report.Learnings);
        }
        using var bytes = new MemoryStream();
        document.Save(bytes, false);
        return bytes.ToArray();
    }

    private static void Header(PdfPageFlow flow, ExportData data, CultureInfo culture)
    {
        var s = data.Scope;
        flow.Text($"{Text("Report.Title")}: {s.Period.Name}", PdfFonts.Font(20, bold: true));
        flow.Gap(4);
        var subtitle = s.TeamName is null ? s.OrganisationName : $"{s.OrganisationName} · {s.TeamName}";
        flow.Text(subtitle, PdfFonts.Font(12));
        flow.Text($"{ValueFormat.Date(s.Period.StartDate, culture)} – {ValueFormat.Date(s.Period.EndDate, culture)}", PdfFonts.Font(10), 0, XBrushes.DimGray);
        flow.Gap(12);
    }

    private static void Summary(PdfPageFlow flow, PeriodReportDto r, CultureInfo culture)
    {
        var big = PdfFonts.Font(11, bold: true);
        var normal = PdfFonts.Font(10);
        flow.Text($"{Text("Report.AverageScore")}: {Score(r.AverageScore, culture)}", big);
        flow.Text(Plural.In(culture, "Time.KeyResults", r.KeyResults), normal);
        flow.Text($"{Text("Report.Bands")}: {Text("Report.BandLow")}: {Count(r.Bands.Low, culture)} · {Text("Report.BandMiddle")}: " +
            $"{Count(r.Bands.Middle, culture)} · {Text("Report.BandHigh")}: {Count(r.Bands.High, culture)}", normal);
        flow.Text($"{Text("Report.Discipline")}: {Share(r.MadeCheckIns, r.DueCheckIns, culture)} " +
            $"({SharedText.Format(culture, "Report.DisciplineOf", Count(r.MadeCheckIns, culture), Count(r.DueCheckIns, culture))})", normal);
        flow.Gap(10);
    }

    public static void Heading(PdfPageFlow flow, string text)
    {
        flow.Ensure(60);
        flow.Gap(4);
        flow.Text(text, PdfFonts.Font(14, bold: true));
        flow.Gap(4);
    }

    private static string TeamName(TeamReportRow t) => t.Name ?? Text("Report.Personal");

    public static string Score(decimal score, CultureInfo culture) => score.ToString("0.00", culture);

    private static string Count(int n, CultureInfo culture) => n.ToString("N0", culture);

    private static string Share(int made, int due, CultureInfo culture) => due == 0 ? "–" : ValueFormat.Percent(made / (double)due, culture);

    public static string Text(string key) => SharedText.Get(key);
}
