using Fokus.Core.Model;
using Fokus.Web.Features.BigPicture;

namespace Fokus.Web.Tests;

/// <summary>The big picture's trend and the flattened, filtered rows that the page virtualises.</summary>
public sealed class BigPictureViewTests
{
    private static readonly Organisation Org = new() { Id = Guid.NewGuid(), Name = "Org" };
    private static readonly Guid Sales = Guid.NewGuid(), Anna = Guid.NewGuid();

    private static Objective O(string title, ObjectiveLevel level, Guid? parent = null, Guid? team = null) =>
        new() { Id = Guid.NewGuid(), OrganisationId = Org.Id, Title = title, Level = level, ParentObjectiveId = parent, OwnerTeamId = team };

    private static KeyResult Kr(Objective o, string title, decimal current, Guid? owner = null) => new()
    {
        Id = Guid.NewGuid(), ObjectiveId = o.Id, OrganisationId = Org.Id, Title = title, Type = KeyResultType.Number,
        StartValue = 0, TargetValue = 100, CurrentValue = current, Weight = 1, OwnerPersonId = owner, Unit = "",
    };

    private static (IReadOnlyList<BigPictureNode> Roots, Objective Strategic, Objective Team) Build(
        Func<Objective, Objective, IReadOnlyList<KeyResult>> krs, Func<IReadOnlyList<KeyResult>, Dictionary<Guid, EarlierValue>>? earlier = null)
    {
        var strategic = O("Fler nöjda kunder", ObjectiveLevel.Strategic);
        var team = O("Snabbare leveranser", ObjectiveLevel.Team, strategic.Id, Sales);
        var list = krs(strategic, team);
        var names = new Dictionary<Guid, string> { [Sales] = "Sälj", [Anna] = "Anna Berg" };
        var tree = new BigPictureTree(Org, names, null, new DateOnly(2026, 11, 15), list.ToLookup(k => k.ObjectiveId), earlier?.Invoke(list) ?? []);
        return (tree.Build([strategic, team]), strategic, team);
    }

    [Fact]
    public void Trend_IsTheChangeInProgressSinceTheValueBeforeTheWindow()
    {
        var (roots, _, _) = Build((s, t) => [Kr(t, "Leveranstid", 60), Kr(t, "Reklamationer", 30)],
            krs => new() { [krs[0].Id] = new EarlierValue(40, null) });
        var team = roots[0].Children[0];
        Assert.Equal(0.2, team.KeyResults[0].Trend, 9);
        Assert.Equal(0, team.KeyResults[1].Trend, 9);
        Assert.Equal(0.1, team.Trend, 9); // two equally weighted key results
        Assert.Equal(0, roots[0].Trend, 9); // no roll-up: the strategic objective has no key results of its own
    }

    [Fact]
    public void Trend_IsNegativeWhenProgressFell()
    {
        var (roots, _, _) = Build((s, t) => [Kr(t, "Leveranstid", 10)], krs => new() { [krs[0].Id] = new EarlierValue(35, null) });
        Assert.Equal(-0.25, roots[0].Children[0].Trend, 9);
    }

    [Fact]
    public void Rows_ShowOnlyExpandedBranches_AndKeyResultsWhenAskedFor()
    {
        var (roots, strategic, team) = Build((s, t) => [Kr(t, "Leveranstid", 50)]);
        Assert.Single(BigPictureRows.Flatten(roots, new HashSet<Guid>(), new HashSet<Guid>(), new BigPictureFilter()));

        var open = BigPictureRows.Flatten(roots, new HashSet<Guid> { strategic.Id }, new HashSet<Guid> { team.Id }, new BigPictureFilter());
        Assert.Equal(["Fler nöjda kunder", "Snabbare leveranser", "Leveranstid"],
            open.Select(r => r.KeyResult?.Title ?? r.Node.Title));
        Assert.Equal([0, 1, 2], open.Select(r => r.Depth));
    }

    [Theory]
    [InlineData("leverans", null, false)]   // text, case-insensitive
    [InlineData(null, "team", false)]       // owning team
    [InlineData(null, null, true)]          // key-result owner
    public void Filter_ShowsMatches_WithTheirPath_EvenWhenCollapsed(string? text, string? byTeam, bool byOwner)
    {
        var (roots, _, _) = Build((s, t) => [Kr(t, "Leveranstid", 50, Anna)]);
        var filter = new BigPictureFilter(text, byTeam is null ? null : Sales, byOwner ? Anna : null);
        var rows = BigPictureRows.Flatten(roots, new HashSet<Guid>(), new HashSet<Guid>(), filter);
        Assert.Equal(2, rows.Count);
        Assert.False(rows[0].Matches); // the strategic objective is shown as context
        Assert.True(rows[1].Matches);
        Assert.Equal("Snabbare leveranser", rows[1].Node.Title);
    }

    [Fact]
    public void Filter_WithNoMatch_ShowsNothing()
    {
        var (roots, _, _) = Build((s, t) => [Kr(t, "Leveranstid", 50)]);
        Assert.Empty(BigPictureRows.Flatten(roots, new HashSet<Guid>(), new HashSet<Guid>(), new BigPictureFilter(Status: KeyResultStatus.Done)));
    }
}
