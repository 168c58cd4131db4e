using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public sealed class TextSimilarityTests
{
    [Fact]
    public void SameWords_InAnotherOrderAndCase_AreIdentical() =>
        Assert.Equal(1, TextSimilarity.Of("Kunderna hittar rätt storlek", "rätt storlek hittar KUNDERNA"));

    [Fact]
    public void Inflections_StillMeet() =>
        Assert.True(TextSimilarity.Of("Fler återkommande kunder", "Fler kunderna återkommer") >= 0.5);

    [Fact]
    public void UnrelatedTexts_AndEmptyOnes_AreNotAlike()
    {
        Assert.Equal(0, TextSimilarity.Of("Halvera returerna", "Snabbare leveranser till butik"));
        Assert.Equal(0, TextSimilarity.Of("", "Något"));
        Assert.Equal(0, TextSimilarity.Of("a b c", "a b c")); // only short words
    }
}
