using Fokus.Core.Exchange;
using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

public sealed class FokusSheetTests
{
    private static readonly Guid Parent = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid Child = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");
    private static readonly Guid Outside = Guid.Parse("0193a1b2-0000-7000-8000-0000000000ff");
    private static readonly Guid Kr1 = Guid.Parse("0193a1b2-0000-7000-8000-000000000011");
    private static readonly Guid Kr2 = Guid.Parse("0193a1b2-0000-7000-8000-000000000012");

    private static ImportSheet Export(bool swedish, params string[][] rows) => new("Key results",
        KeyResultSheetColumns.All.Select(c => KeyResultSheetColumns.Header(c, swedish)).ToList(),
        rows.Select((r, i) => new ImportRow(i + 2, r)).ToList());

    // Objective ID, Objective, description, level, period, team, objective owner, parent, KR id, KR, type, unit, currency,
    // direction, start, target, current, weight, owner, progress, status, confidence, last check-in, score
    private static string[] Row(Guid objective, string title, string level, Guid? parent, Guid kr, string krTitle, string type,
        string currency, string direction, string start, string target, string current) =>
        [objective.ToString(), title, "Why it matters", level, "Q1 2027", "E-handel", "lead@fokus.example", parent?.ToString() ?? "",
         kr.ToString(), krTitle, type, "", currency, direction, start, target, current, "1", "member@fokus.example",
         "40 %", "On track", "7", "2027-02-01", ""];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Detect_OwnExport_InEitherLanguage(bool swedish)
    {
        var mapping = ImportLayoutDetector.Detect(Export(swedish).Headers);
        Assert.Equal(ImportLayout.FokusSheet, mapping.Layout);
        Assert.Equal(9, mapping.ColumnOf(ImportField.KeyResult));
        Assert.Equal(18, mapping.ColumnOf(ImportField.Owner));
        Assert.Equal(6, mapping.ColumnOf(ImportField.ObjectiveOwner));
        Assert.Null(mapping.ColumnOf(ImportField.Completion));
    }

    [Fact]
    public void Plan_SwedishExport_KeepsSourceIdsAndLinksParents()
    {
        var sheet = Export(true,
            Row(Parent, "Lönsam tillväxt", "Företag", Outside, Kr1, "Bruttomarginal", "Valuta", "SEK", "Öka", "1 200 000", "1 500 000", "1 320 000,50"),
            Row(Child, "Fler återkommande kunder", "Team", Parent, Kr2, "Returgrad", "Procent", "", "Minska", "12", "8", "10,5"));
        var plan = ImportPlanner.Plan(sheet, Sheets.Sv);
        Assert.Empty(plan.Problems);
        var (top, child) = (plan.Objectives[0], plan.Objectives[1]);
        Assert.Equal((Parent, ObjectiveLevel.Company, (string?)null, (Guid?)Outside), (top.SourceId, top.Level, top.ParentRef, top.ParentSourceId));
        Assert.Equal((Child, top.Ref, (Guid?)Parent), (child.SourceId, child.ParentRef, child.ParentSourceId));
        var margin = top.KeyResults.Single();
        Assert.Equal((Kr1, KeyResultType.Currency, "SEK", 1320000.5m, "member@fokus.example", 7),
            (margin.SourceId!.Value, margin.Type, margin.CurrencyCode, margin.Current!.Value, margin.Owner!, margin.Confidence!.Value));
        Assert.Equal(Direction.Decrease, child.KeyResults.Single().Direction);
        Assert.Equal("lead@fokus.example", child.Owner);
    }

    [Fact]
    public void Plan_EnglishExport_ReadsEnglishWordsAndNumbers()
    {
        var sheet = Export(false,
            Row(Parent, "Profitable growth", "Company", null, Kr1, "Gross margin", "Currency", "EUR", "At least", "1,200.5", "1,200.5", ""));
        var plan = ImportPlanner.Plan(sheet, Sheets.En);
        Assert.Empty(plan.Problems);
        var kr = plan.Objectives.Single().KeyResults.Single();
        Assert.Equal((Direction.AtLeast, "EUR", 1200.5m, (decimal?)null), (kr.Direction, kr.CurrencyCode, kr.Target, kr.Current));
        Assert.Equal(0, plan.CheckInCount);
    }
}
