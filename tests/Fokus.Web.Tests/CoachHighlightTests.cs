using Fokus.Core.Coach;
using Fokus.Web.Features.Coach;

namespace Fokus.Web.Tests;

public sealed class CoachHighlightTests
{
    [Fact]
    public void Spans_BecomeHighlightedParts_InOrder()
    {
        var parts = CoachHighlight.Split("Ringa 100 samtal och hålla workshops", [new TextSpan(21, 15), new TextSpan(0, 5)]);
        Assert.Equal([("Ringa", true), (" 100 samtal och ", false), ("hålla workshops", true)], parts);
    }

    [Fact]
    public void OverlappingAndOutOfRangeSpans_MergeOrDrop_WithoutLosingText()
    {
        const string text = "förbättra kundnöjdheten";
        var parts = CoachHighlight.Split(text, [new TextSpan(0, 9), new TextSpan(5, 10), new TextSpan(40, 3), new TextSpan(2, 0)]);
        Assert.Equal(text, string.Concat(parts.Select(p => p.Part)));
        Assert.Equal([("förbättra", true), (" kundn", true), ("öjdheten", false)], parts);
    }

    [Fact]
    public void NoSpans_IsOnePlainPart() =>
        Assert.Equal([("25 nya medlemmar", false)], CoachHighlight.Split("25 nya medlemmar", []));
}
