using Fokus.Core.Imports;

namespace Fokus.Core.Tests.Imports;

public sealed class LayoutDetectorTests
{
    [Fact]
    public void SuggestColumns_SwedishSynonyms_CaseAndAccentInsensitive()
    {
        string[] headers = ["MÅLSÄTTNING", "Resultatmått", "Utgångsläge", "malvärde", "Utfall", "Ansvarig", "Avdelning", "Enhet",
            "Riktning", "Vikt", "Tilltro", "Kvartal", "Typ", "Övrigt"];
        var s = ImportLayoutDetector.SuggestColumns(headers);
        Assert.Equal(0, s[ImportField.Objective]);
        Assert.Equal(1, s[ImportField.KeyResult]);
        Assert.Equal(2, s[ImportField.Start]);
        Assert.Equal(3, s[ImportField.Target]);
        Assert.Equal(4, s[ImportField.Current]);
        Assert.Equal(5, s[ImportField.Owner]);
        Assert.Equal(6, s[ImportField.Team]);
        Assert.Equal(7, s[ImportField.Unit]);
        Assert.Equal(8, s[ImportField.Direction]);
        Assert.Equal(9, s[ImportField.Weight]);
        Assert.Equal(10, s[ImportField.Confidence]);
        Assert.Equal(11, s[ImportField.Period]);
        Assert.Equal(12, s[ImportField.Type]);
        Assert.DoesNotContain(13, s.Values);
    }

    [Fact]
    public void SuggestColumns_EnglishSynonyms_AndHeadersWithAnAddition()
    {
        string[] headers = ["Goal", "KR", "Baseline", "Goal value", "Progress value", "Owner", "Start value (SEK)", "Quarter"];
        var s = ImportLayoutDetector.SuggestColumns(headers);
        Assert.Equal((0, 1, 2, 3, 4, 5, 7), (s[ImportField.Objective], s[ImportField.KeyResult], s[ImportField.Start],
            s[ImportField.Target], s[ImportField.Current], s[ImportField.Owner], s[ImportField.Period]));
        Assert.Equal(ImportField.Start, ImportLayoutDetector.FieldOf("Start value (SEK)"));
    }

    [Fact]
    public void Detect_OneRowPerKeyResult_IsFlat_AndUnknownHeadersAreCustom()
    {
        Assert.Equal(ImportLayout.FlatKeyResults, ImportLayoutDetector.Detect(["Mål", "Nyckelresultat", "Start", "Mål värde"]).Layout);
        var custom = ImportLayoutDetector.Detect(["Kolumn A", "Siffra B", "Något"]);
        Assert.Equal(ImportLayout.Custom, custom.Layout);
        Assert.Empty(custom.Columns);
    }

    [Fact]
    public void SuggestColumns_BetterNameWins_OverAnEarlierLooserOne()
    {
        var s = ImportLayoutDetector.SuggestColumns(["Title", "Objective", "Key result owner (e-mail)", "Key result"]);
        Assert.Equal((1, 2, 3), (s[ImportField.Objective], s[ImportField.Owner], s[ImportField.KeyResult]));
    }

    [Fact]
    public void Plan_TypeWordInTheMetricColumn_IsTheType()
    {
        var sheet = Sheets.Of("""
            Objective | Key result | Metric     | Start | Target
            Grow      | Share      | Percentage | 10    | 20
            """);
        var kr = ImportPlanner.Plan(sheet, Sheets.En).Objectives.Single().KeyResults.Single();
        Assert.Equal((Fokus.Core.Model.KeyResultType.Percent, Fokus.Core.Model.Direction.Increase), (kr.Type, kr.Direction));
    }
}
