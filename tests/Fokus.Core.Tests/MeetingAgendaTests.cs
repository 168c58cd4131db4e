using Fokus.Core.Model;
using Fokus.Core.Rules;

namespace Fokus.Core.Tests;

public sealed class MeetingAgendaTests
{
    private static readonly DateTimeOffset LastMeeting = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly Period Quarter = new() { Id = Guid.NewGuid(), Name = "K4", StartDate = new(2026, 10, 1), EndDate = new(2026, 12, 31) };

    private static KeyResult Kr(decimal current, DateTimeOffset? last) => new()
    {
        Id = Guid.NewGuid(), Title = "Nya kunder", Type = KeyResultType.Number, StartValue = 0, TargetValue = 100, CurrentValue = current,
        Direction = Direction.Increase, LastCheckInAt = last,
    };

    private static CheckIn C(Guid kr, int day, decimal value, int confidence, string wentWell = "", Guid? author = null) => new()
    {
        Id = Guid.NewGuid(), KeyResultId = kr, Value = value, Confidence = confidence, WentWell = wentWell, AuthorPersonId = author,
        CreatedAt = new DateTimeOffset(2026, 11, day, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Wins_AreTheCheckInsSinceTheLastMeeting_ThatWentWellOrMoved()
    {
        var anna = Guid.NewGuid();
        var kr = Kr(70, new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        var agenda = new AgendaKeyResult(kr.Id, kr.Title, "Anna", kr,
            [C(kr.Id, 10, 50, 7, "gammal vinst", anna), C(kr.Id, 18, 50, 7, "", anna), C(kr.Id, 20, 70, 8, "Två nya avtal", anna)]);
        var win = Assert.Single(MeetingAgenda.Wins([agenda], LastMeeting));
        Assert.Equal(("Två nya avtal", anna), (win.Text, win.PersonId!.Value));
        Assert.Equal(0.2, win.ProgressGain, 9);
    }

    [Fact]
    public void Exceptions_AreWorseThanAtTheLastMeeting_OffTrack_OrStale()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var worse = Kr(60, new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        var fine = Kr(80, new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        var stale = Kr(75, new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));
        var list = MeetingAgenda.Exceptions(
        [
            new(worse.Id, "Sämre", null, worse, [C(worse.Id, 12, 60, 8), C(worse.Id, 20, 60, 2)]), // confidence fell to 2: off track
            new(fine.Id, "Bra", null, fine, [C(fine.Id, 12, 70, 8), C(fine.Id, 20, 80, 8)]),
            new(stale.Id, "Gammal", null, stale, [C(stale.Id, 2, 75, 8)]),
        ], LastMeeting, now, Quarter, StatusThresholds.Default, Organisation.DefaultGraceDays);

        Assert.Equal(["Sämre", "Gammal"], list.Select(e => e.Title));
        Assert.True(list[0].Worsened);
        Assert.Equal(KeyResultStatus.OffTrack, list[0].Status);
        Assert.Equal([8, 2], list[0].ConfidenceTrend);
        Assert.True(list[1].Stale);
    }
}
