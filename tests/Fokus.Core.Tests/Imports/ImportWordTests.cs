using System.Globalization;
using Fokus.Core.Imports;
using Fokus.Core.Model;

namespace Fokus.Core.Tests.Imports;

public sealed class ImportWordTests
{
    [Theory]
    [InlineData("Increase", Direction.Increase)]
    [InlineData("öka", Direction.Increase)]
    [InlineData("Ökning", Direction.Increase)]
    [InlineData("Increase from", Direction.Increase)]
    [InlineData("minska", Direction.Decrease)]
    [InlineData("Minskning", Direction.Decrease)]
    [InlineData("reduce", Direction.Decrease)]
    [InlineData("at least", Direction.AtLeast)]
    [InlineData("Maintain above", Direction.AtLeast)]
    [InlineData("Stay above", Direction.AtLeast)]
    [InlineData("minst", Direction.AtLeast)]
    [InlineData("lägst", Direction.AtLeast)]
    [InlineData("behåll", Direction.AtLeast)]
    [InlineData(">=", Direction.AtLeast)]
    [InlineData("at most", Direction.AtMost)]
    [InlineData("Maintain below", Direction.AtMost)]
    [InlineData("HÖGST", Direction.AtMost)]
    [InlineData("<=", Direction.AtMost)]
    [InlineData("AtMost", Direction.AtMost)]
    public void ParseDirection_WordsInBothLanguages(string word, Direction expected) =>
        Assert.Equal(expected, ImportValues.ParseDirection(word));

    [Theory]
    [InlineData("sideways")]
    [InlineData("")]
    public void ParseDirection_UnknownWord_IsNull(string word) => Assert.Null(ImportValues.ParseDirection(word));

    [Fact]
    public void DirectionFrom_TargetBelowStart_IsDecrease()
    {
        Assert.Equal(Direction.Decrease, ImportValues.DirectionFrom(40, 10));
        Assert.Equal(Direction.Increase, ImportValues.DirectionFrom(10, 40));
    }

    [Theory]
    [InlineData("number", KeyResultType.Number)]
    [InlineData("Tal", KeyResultType.Number)]
    [InlineData("procent", KeyResultType.Percent)]
    [InlineData("%", KeyResultType.Percent)]
    [InlineData("Valuta", KeyResultType.Currency)]
    [InlineData("milstolpe", KeyResultType.Milestone)]
    [InlineData("Binary", KeyResultType.Milestone)]
    [InlineData("Yes/No", KeyResultType.Milestone)]
    [InlineData("ja/nej", KeyResultType.Milestone)]
    public void ParseType_WordsInBothLanguages(string word, KeyResultType expected) =>
        Assert.Equal(expected, ImportValues.ParseType(word));

    [Fact]
    public void TypeFrom_ValueText_PercentAndCurrency()
    {
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        Assert.Equal(KeyResultType.Percent, ImportValues.TypeFrom(ImportValues.ParseNumber("45 %", sv)));
        Assert.Equal(KeyResultType.Currency, ImportValues.TypeFrom(ImportValues.ParseNumber("12 500 kr", sv)));
        Assert.Null(ImportValues.TypeFrom(ImportValues.ParseNumber("12", sv)));
    }

    [Theory]
    [InlineData("Företag", ObjectiveLevel.Company)]
    [InlineData("bolag", ObjectiveLevel.Company)]
    [InlineData("Company", ObjectiveLevel.Company)]
    [InlineData("team", ObjectiveLevel.Team)]
    [InlineData("Personlig", ObjectiveLevel.Personal)]
    [InlineData("individ", ObjectiveLevel.Personal)]
    [InlineData("Strategiskt", ObjectiveLevel.Strategic)]
    public void ParseLevel_WordsInBothLanguages(string word, ObjectiveLevel expected) =>
        Assert.Equal(expected, ImportValues.ParseLevel(word));

    [Theory]
    [InlineData("kr", "SEK")]
    [InlineData("SEK", "SEK")]
    [InlineData("€", "EUR")]
    [InlineData("chf", "CHF")]
    [InlineData("NPS", null)]
    [InlineData("pcs", null)]
    public void ParseCurrency_CodesSymbolsAndWords(string text, string? expected) =>
        Assert.Equal(expected, ImportValues.ParseCurrency(text));

    [Theory]
    [InlineData("2026-12-02", "sv-SE")]
    [InlineData("2026-12-02T00:00:00", "en-US")]
    [InlineData("12/2/2026", "en-US")]
    [InlineData("2 Dec 2026", "en-US")]
    [InlineData("Dec 2, 2026", "en-US")]
    [InlineData("2 december 2026", "sv-SE")]
    [InlineData("2 dec. 2026", "sv-SE")]
    [InlineData("2 Dec 2026", "sv-SE")]
    [InlineData("46358", "sv-SE")]
    public void ParseDate_IsoCultureAndExcelSerial(string text, string culture) =>
        Assert.Equal(new DateOnly(2026, 12, 2), ImportValues.ParseDate(text, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("2026-13-02")]
    [InlineData("soon")]
    [InlineData("31/31/2026")]
    public void ParseDate_NotADate_IsNull(string text) => Assert.Null(ImportValues.ParseDate(text, CultureInfo.GetCultureInfo("en-US")));
}
