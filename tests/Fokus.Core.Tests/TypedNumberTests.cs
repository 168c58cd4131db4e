using System.Globalization;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public sealed class TypedNumberTests
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    [Theory]
    [InlineData("en-US", "2.61", "2.61")]
    [InlineData("en-US", "1,000", "1000")]
    [InlineData("en-US", "2,610", "2610")]
    [InlineData("en-US", "1,234,567.89", "1234567.89")]
    [InlineData("en-US", "1 000", "1000")]
    [InlineData("en-US", "1\u00A0000.5", "1000.5")]
    [InlineData("en-US", ".5", "0.5")]
    [InlineData("en-US", "0.5", "0.5")]
    [InlineData("en-US", "  42  ", "42")]
    [InlineData("en-US", "-3.25", "-3.25")]
    [InlineData("en-US", "+7", "7")]
    [InlineData("en-US", "45%", "45")]
    [InlineData("en-US", "$1,200", "1200")]
    [InlineData("en-US", "1200 SEK", "1200")]
    [InlineData("en-US", "0", "0")]
    [InlineData("en-US", "007", "7")]
    [InlineData("sv-SE", "2,61", "2.61")]
    [InlineData("sv-SE", "1,000", "1")]
    [InlineData("sv-SE", "2,610", "2.61")]
    [InlineData("sv-SE", "1 000", "1000")]
    [InlineData("sv-SE", "1\u00A0000\u00A0000", "1000000")]
    [InlineData("sv-SE", "1\u202F000\u202F000", "1000000")]
    [InlineData("sv-SE", "1\u2009234,5", "1234.5")]
    [InlineData("sv-SE", "1 000\u00A0000,25", "1000000.25")]
    [InlineData("sv-SE", "\u22125", "-5")]
    [InlineData("sv-SE", "\u2212 1 200,5", "-1200.5")]
    [InlineData("sv-SE", "-0,5", "-0.5")]
    [InlineData("sv-SE", ",5", "0.5")]
    [InlineData("sv-SE", "45 %", "45")]
    [InlineData("sv-SE", "12 500 kr", "12500")]
    [InlineData("sv-SE", "\t17\n", "17")]
    [InlineData("de-DE", "1.234,5", "1234.5")]
    [InlineData("fr-FR", "1\u202F234,5", "1234.5")]
    public void Read_TextThatFitsTheCulture_IsThatNumber(string culture, string text, string expected)
    {
        var n = TypedNumber.Read(text, C(culture));
        Assert.Equal(TypedNumberState.Number, n.State);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), n.Value);
        Assert.Empty(n.Suggestions);
    }

    [Theory]
    [InlineData("en-US", "2,61", "2.61")]
    [InlineData("en-US", "0,5", "0.5")]
    [InlineData("en-US", ",5", "0.5")]
    [InlineData("en-US", "1,5", "1.5")]
    [InlineData("en-US", "0,500", "0.5")]
    [InlineData("en-US", "1,0000", "1")]
    [InlineData("en-US", "1.000.000", "1000000")]
    [InlineData("en-US", "1.234,5", "1234.5")]
    [InlineData("en-US", "1 234,5", "1234.5")]
    [InlineData("en-US", "-2,61", "-2.61")]
    [InlineData("sv-SE", "2.61", "2.61")]
    [InlineData("sv-SE", "0.5", "0.5")]
    [InlineData("sv-SE", ".5", "0.5")]
    [InlineData("sv-SE", "1,234.5", "1234.5")]
    [InlineData("sv-SE", "1 234.5", "1234.5")]
    [InlineData("sv-SE", "1.000.000", "1000000")]
    [InlineData("sv-SE", "1.000.000,5", "1000000.5")]
    [InlineData("sv-SE", "\u22122.61", "-2.61")]
    [InlineData("sv-SE", "12.5 %", "12.5")]
    public void Read_TextOnlyTheOtherConventionFits_AsksWithOneReading(string culture, string text, string suggestion)
    {
        var n = TypedNumber.Read(text, C(culture));
        Assert.Equal(TypedNumberState.Question, n.State);
        Assert.Null(n.Value);
        Assert.Equal([decimal.Parse(suggestion, CultureInfo.InvariantCulture)], n.Suggestions);
    }

    [Fact]
    public void Read_SwedishDotWithThreeDigits_OffersBothReadingsDecimalFirst()
    {
        var n = TypedNumber.Read("2.610", Sv);
        Assert.Equal(TypedNumberState.Question, n.State);
        Assert.Equal([2.61m, 2610m], n.Suggestions);
    }

    [Fact]
    public void Read_EnglishCommaTwoDigits_IsNeverTwoHundredSixtyOne()
    {
        var n = TypedNumber.Read("2,61", En);
        Assert.NotEqual(261m, n.Value);
        Assert.DoesNotContain(261m, n.Suggestions);
    }

    [Theory]
    [InlineData("en-US", "abc")]
    [InlineData("en-US", "1.2.3,4,5")]
    [InlineData("en-US", "12a")]
    [InlineData("en-US", "1e5")]
    [InlineData("en-US", "5.")]
    [InlineData("en-US", "5,")]
    [InlineData("en-US", "-")]
    [InlineData("en-US", "%")]
    [InlineData("en-US", "1 00")]
    [InlineData("en-US", "1 0000")]
    [InlineData("en-US", "1,000 000")]
    [InlineData("en-US", "1..5")]
    [InlineData("en-US", "99999999999999999999999999999999")]
    [InlineData("sv-SE", "1 2")]
    [InlineData("sv-SE", "2,6,1")]
    [InlineData("sv-SE", "1,5.3,4")]
    [InlineData("sv-SE", "två")]
    [InlineData("sv-SE", "--5")]
    [InlineData("sv-SE", "0 500")]
    public void Read_TextNoConventionFits_IsInvalid(string culture, string text)
    {
        var n = TypedNumber.Read(text, C(culture));
        Assert.Equal(TypedNumberState.Invalid, n.State);
        Assert.Equal(TypedNumberProblem.NotANumber, n.Problem);
        Assert.Null(n.Value);
        Assert.Empty(n.Suggestions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    public void Read_NothingTyped_IsEmpty(string? text)
    {
        Assert.Equal(TypedNumberState.Empty, TypedNumber.Read(text, Sv).State);
        Assert.Equal(TypedNumberState.Empty, TypedNumber.Read(text, En).State);
    }

    [Theory]
    [InlineData("en-US", "7", TypedNumberState.Number, 7)]
    [InlineData("en-US", "1,000", TypedNumberState.Number, 1000)]
    [InlineData("sv-SE", "1 000", TypedNumberState.Number, 1000)]
    [InlineData("sv-SE", "7,0", TypedNumberState.Number, 7)]
    public void Read_WholeNumberField_TakesWholeNumbers(string culture, string text, TypedNumberState state, int expected)
    {
        var n = TypedNumber.Read(text, C(culture), wholeNumber: true);
        Assert.Equal(state, n.State);
        Assert.Equal(expected, n.Value);
    }

    [Theory]
    [InlineData("en-US", "7.5")]
    [InlineData("sv-SE", "7,5")]
    [InlineData("en-US", "2,61")]
    [InlineData("sv-SE", "3000000000")]
    public void Read_WholeNumberField_RefusesFractionsAndHugeValues(string culture, string text)
    {
        var n = TypedNumber.Read(text, C(culture), wholeNumber: true);
        Assert.Equal(TypedNumberState.Invalid, n.State);
        Assert.Equal(TypedNumberProblem.NotWhole, n.Problem);
    }

    [Fact]
    public void Read_WholeNumberField_OffersOnlyWholeReadings()
    {
        var n = TypedNumber.Read("2.610", Sv, wholeNumber: true);
        Assert.Equal(TypedNumberState.Question, n.State);
        Assert.Equal([2610m], n.Suggestions);
    }

    [Theory]
    [InlineData("sv-SE", "1234567.891", "1\u00A0234\u00A0567,891")]
    [InlineData("en-US", "1234567.891", "1,234,567.891")]
    [InlineData("sv-SE", "-2.61", "\u22122,61")]
    [InlineData("en-US", "-2.61", "-2.61")]
    [InlineData("en-US", "0.125", "0.125")]
    [InlineData("en-US", "2.50", "2.5")]
    public void Format_WritesTheCulturesWay(string culture, string value, string expected) =>
        Assert.Equal(expected, TypedNumber.Format(decimal.Parse(value, CultureInfo.InvariantCulture), C(culture)));

    [Theory]
    [InlineData("0")]
    [InlineData("2.61")]
    [InlineData("-2.61")]
    [InlineData("1000")]
    [InlineData("1000000.000001")]
    [InlineData("-987654321.5")]
    [InlineData("0.0000001")]
    [InlineData("79228162514264337593543950335")]
    public void Format_ThenRead_GivesTheSameValueInEveryCulture(string value)
    {
        var v = decimal.Parse(value, CultureInfo.InvariantCulture);
        foreach (var culture in new[] { Sv, En, C("de-DE"), C("fr-FR"), C("nb-NO"), C("en-GB"), C("de-CH") })
        {
            var n = TypedNumber.Read(TypedNumber.Format(v, culture), culture);
            Assert.True(n.State == TypedNumberState.Number, $"{culture.Name}: {TypedNumber.Format(v, culture)} → {n}");
            Assert.Equal(v, n.Value);
        }
    }

    [Fact]
    public void Read_SuggestionsFormattedInTheCulture_ReadBackAsThatNumber()
    {
        foreach (var (culture, text) in new[] { (En, "2,61"), (Sv, "2.61"), (Sv, "2.610"), (En, "1.000.000") })
            foreach (var s in TypedNumber.Read(text, culture).Suggestions)
                Assert.Equal(s, TypedNumber.Read(TypedNumber.Format(s, culture), culture).Value);
    }
}
