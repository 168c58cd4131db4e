using System.Text;
using System.Text.Json;
using Fokus.Core.Exchange;
using MiniExcelLibs;

namespace Fokus.Web.Tests;

/// <summary>Sample files in each layout the importer recognises, written from the public descriptions of those formats.</summary>
internal static class ImportSamples
{
    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    /// <summary>Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, decimal comma, space as thousands separator,
    /// the objective written once and left blank below (fill down), a team name in other case and without accents.</summary>
    public static string SwedishFlat =>
        "Mål;Team;Nyckelresultat;Start;Målvärde;Nuvarande;Enhet\r\n" +
        "Fler nöjda kunder;försäljning;Kundnöjdhet (NPS);12,5;40;20,5;poäng\r\n" +
        ";;Återkommande kunder;1 000;2 500,75;1 200;st\r\n" +
        "Starkare varumärke;MARKNAD;Besökare per månad;10 000;25 000;;st\r\n" +
        ";;Omnämnanden i press;3;12;4;st\r\n";

    /// <summary>Fokus's own key-results sheet with English headers, as the export writes it.</summary>
    public static string FokusSheet()
    {
        var header = string.Join(',', KeyResultSheetColumns.All.Select(c => c.English));
        string Row(params (KeyResultSheetColumns.Column Column, string Value)[] cells) =>
            string.Join(',', KeyResultSheetColumns.All.Select(c => cells.FirstOrDefault(x => x.Column == c).Value ?? ""));
        return header + "\n" +
            Row((KeyResultSheetColumns.Objective, "Customers love onboarding"), (KeyResultSheetColumns.Level, "Team"),
                (KeyResultSheetColumns.Team, "Growth"), (KeyResultSheetColumns.KeyResult, "Activated customers"),
                (KeyResultSheetColumns.Type, "Number"), (KeyResultSheetColumns.Direction, "Increase"),
                (KeyResultSheetColumns.Start, "0"), (KeyResultSheetColumns.Target, "100"), (KeyResultSheetColumns.Current, "35"),
                (KeyResultSheetColumns.Weight, "1")) + "\n" +
            Row((KeyResultSheetColumns.Objective, "Customers love onboarding"), (KeyResultSheetColumns.Level, "Team"),
                (KeyResultSheetColumns.Team, "Growth"), (KeyResultSheetColumns.KeyResult, "Days to first value"),
                (KeyResultSheetColumns.Type, "Number"), (KeyResultSheetColumns.Unit, "days"), (KeyResultSheetColumns.Direction, "Decrease"),
                (KeyResultSheetColumns.Start, "50"), (KeyResultSheetColumns.Target, "10"), (KeyResultSheetColumns.Weight, "2")) + "\n";
    }

    public static string TabSeparated(string knownEmail, string newEmail) =>
        "Objective\tKey result\tStart\tTarget\tCurrent\tOwner\n" +
        $"Ship a faster app\tMedian page load (ms)\t900\t300\t700\t{knownEmail}\n" +
        $"Ship a faster app\tCrash-free sessions %\t97\t99.5\t\t{newEmail}\n";

    /// <summary>Two sheets: notes first, the OKRs on the second, numbers as numbers.</summary>
    public static byte[] Xlsx()
    {
        var sheets = new Dictionary<string, object>
        {
            ["Notes"] = new[] { new Dictionary<string, object> { ["Read me"] = "The OKRs are on the next sheet" } },
            ["OKRs"] = new[]
            {
                new Dictionary<string, object> { ["Objective"] = "Grow in Norway", ["Team"] = "Growth", ["Key result"] = "Stores in Norway", ["Start"] = 2, ["Target"] = 10.5m, ["Current"] = 4 },
                new Dictionary<string, object> { ["Objective"] = "Grow in Norway", ["Team"] = "Growth", ["Key result"] = "Revenue share Norway %", ["Start"] = 5, ["Target"] = 12, ["Current"] = 5 },
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public static byte[] FokusJson(string team, string ownerEmail)
    {
        var when = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var kr = new ExchangeKeyResult(Guid.NewGuid(), "Weekly active teams", "", "Number", "", null, "Increase", 10, 50, 30, false, 1,
            ownerEmail, null,
            [
                new ExchangeCheckIn(when, 20, null, 6, "Two pilots live", "", "", ownerEmail),
                new ExchangeCheckIn(when.AddDays(7), 30, null, 7, "", "Slow legal review", "", ownerEmail),
            ]);
        var milestone = new ExchangeKeyResult(Guid.NewGuid(), "Self-service signup live", "", "Milestone", "", null, "Increase", 0, 1, 0, false, 1,
            null, null, []);
        var objective = new ExchangeObjective(Guid.NewGuid(), "Teams adopt Fokus weekly", "Measured every Monday", "Team", null, team, null,
            null, "Active", [kr, milestone]);
        var document = new OkrExchangeDocument(OkrExchangeDocument.FormatName, OkrExchangeDocument.CurrentVersion, when.AddDays(8),
            "Elsewhere AB", [], [new ExchangeTeam(team, null, null)], [objective], []);
        return JsonSerializer.SerializeToUtf8Bytes(document, JsonSerializerOptions.Web);
    }

    /// <summary>A bulk-upload template where each row is a goal with Row ID and Parent Row IDs.</summary>
    public static string ParentRowIds =>
        "Row ID,Parent Row IDs,Title,Start,Target,Owner\n" +
        "1,,Grow revenue,,,\n" +
        "2,1,Win new customers,,,\n" +
        "3,2,New customers in segment X,0,15,\n" +
        "4,2,Average deal size (kSEK),100,150,\n" +
        "5,1,Revenue (MSEK),10,14,\n";

    /// <summary>One row per objective with key_result_N_… columns.</summary>
    public static string Wide =>
        "objective,team,key_result_1_title,key_result_1_start,key_result_1_target,key_result_1_current,key_result_2_title,key_result_2_start,key_result_2_target\n" +
        "Happier support customers,Support,CSAT,70,90,75,First reply within 1 hour %,40,80\n" +
        "Fewer tickets,Support,Tickets per week,400,250,,,,\n";

    /// <summary>Viva Goals' export: a Type column (Objective, Key Result, Initiative) and the parent by title.</summary>
    public static string VivaGoals =>
        "Title,Type,Owner(s),Team(s),Parent,Time Period,Start Value,Target Value,Current Value,Progress,Status\n" +
        "Delight customers,Objective,,Support,,FY27 Q1,,,,40,On track\n" +
        "Reduce response time (hours),Key Result,,Support,Delight customers,FY27 Q1,24,4,12,60,On track\n" +
        "Raise CSAT,Key Result,,Support,Delight customers,FY27 Q1,70,90,75,25,At risk\n" +
        "Launch a help center,Initiative,,Support,Delight customers,FY27 Q1,,,,0,Not started\n";
}
