using System.Globalization;
using Fokus.Core.Imports;

namespace Fokus.Core.Tests.Imports;

public sealed class ImportNumberTests
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("1\u202F234\u202F567", 1234567)]
    [InlineData("1'234.5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("0,5", 0.5)]
    [InlineData(",5", 0.5)]
    [InlineData("42", 42)]
    [InlineData("-3,25", -3.25)]
    [InlineData("−3,25", -3.25)]
    [InlineData("(1 200)", -1200)]
    [InlineData("+7", 7)]
    [InlineData("1234,567", 1234.567)]
    [InlineData("1E-05", 0.00001)]
    public void ParseNumber_SeparatorsOfBothCultures_ReadTheSameEverywhere(string text, double expected)
    {
        foreach (var culture in new[] { Sv, En })
        {
            var n = ImportValues.ParseNumber(text, culture);
            Assert.NotNull(n);
            Assert.Equal((decimal)expected, n.Value);
            Assert.False(n.Ambiguous);
        }
    }

    [Theory]
    [InlineData("45 %", 45, NumberUnit.Percent, null)]
    [InlineData("45%", 45, NumberUnit.Percent, null)]
    [InlineData("12 500 kr", 12500, NumberUnit.Currency, "SEK")]
    [InlineData("12 500 SEK", 12500, NumberUnit.Currency, "SEK")]
    [InlineData("SEK 12 500", 12500, NumberUnit.Currency, "SEK")]
    [InlineData("499:-", 499, NumberUnit.Currency, "SEK")]
    [InlineData("$1,250.50", 1250.5, NumberUnit.Currency, "USD")]
    [InlineData("-$40", -40, NumberUnit.Currency, "USD")]
    [InlineData("€ 80", 80, NumberUnit.Currency, "EUR")]
    [InlineData("80 EUR", 80, NumberUnit.Currency, "EUR")]
    [InlineData("£3", 3, NumberUnit.Currency, "GBP")]
    [InlineData("7 USD", 7, NumberUnit.Currency, "USD")]
    public void ParseNumber_UnitsAndCurrencies_AreReturnedBesideTheValue(string text, double value, NumberUnit unit, string? code)
    {
        var n = ImportValues.ParseNumber(text, Sv)!;
        Assert.Equal((decimal)value, n.Value);
        Assert.Equal(unit, n.Unit);
        Assert.Equal(code, n.CurrencyCode);
    }

    [Fact]
    public void ParseNumber_LoneSeparatorWithThreeDigits_IsDecidedByCultureAndKeepsTheOtherReading()
    {
        var sv = ImportValues.ParseNumber("2,610", Sv)!;
        Assert.Equal(2.61m, sv.Value);
        Assert.Equal(2610m, sv.Alternative);
        var en = ImportValues.ParseNumber("2,610", En)!;
        Assert.Equal(2610m, en.Value);
        Assert.Equal(2.61m, en.Alternative);
        var enDot = ImportValues.ParseNumber("2.610", En)!;
        Assert.Equal(2.61m, enDot.Value);
        Assert.Equal(2610m, enDot.Alternative);
        // Swedish groups digits with spaces, so a lone point is a decimal point (as spreadsheets write numbers).
        var svDot = ImportValues.ParseNumber("2.125", Sv)!;
        Assert.Equal((2.125m, (decimal?)2125m), (svDot.Value, svDot.Alternative));
        var de = ImportValues.ParseNumber("2.610", CultureInfo.GetCultureInfo("de-DE"))!;
        Assert.Equal((2610m, (decimal?)2.61m), (de.Value, de.Alternative));
    }

    [Fact]
    public void ParseNumber_DecimalCommaInAnEnglishFile_IsReadAsDecimalButMarked()
    {
        var n = ImportValues.ParseNumber("2,61", En)!;
        Assert.Equal(2.61m, n.Value);
        Assert.True(n.ForeignDecimal);
        Assert.False(n.Ambiguous);
        Assert.False(ImportValues.ParseNumber("2,61", Sv)!.ForeignDecimal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12 34")]
    [InlineData("1,23,456")]
    [InlineData("1.2.3")]
    [InlineData("12 Mkr")]
    [InlineData("45 % kr")]
    [InlineData("2,")]
    [InlineData("ten")]
    public void ParseNumber_TextThatIsNotClearlyANumber_IsNull(string text) =>
        Assert.Null(ImportValues.ParseNumber(text, Sv));
}

public sealed class GuessCultureTests
{
    [Fact]
    public void GuessCulture_FromNumbersAndHeaders()
    {
        var sv = Sheets.Of("""
            Objective | Key result | Start   | Target
            Grow      | Revenue    | 1 200   | 2 500,5
            Grow      | Share      | 2,5 %   | 4,25 %
            """);
        Assert.Equal("sv-SE", ImportValues.GuessCulture(sv, Sheets.En).Name);
        var en = Sheets.Of("""
            Mål   | Nyckelresultat | Startvärde | Målvärde
            Väx   | Intäkt         | 1,200.50   | 2.5
            Väx   | Andel          | 2.25       | 4.75
            """);
        Assert.Equal("en-US", ImportValues.GuessCulture(en, Sheets.Sv).Name);
        var headersOnly = Sheets.Of("""
            Mål   | Nyckelresultat | Startvärde
            Väx   | Intäkt         | 12
            """);
        Assert.Equal("sv-SE", ImportValues.GuessCulture(headersOnly, Sheets.En).Name);
        var neither = Sheets.Of("""
            A | B
            1 | 2
            """);
        Assert.Equal("de-DE", ImportValues.GuessCulture(neither, CultureInfo.GetCultureInfo("de-DE")).Name);
    }
}
