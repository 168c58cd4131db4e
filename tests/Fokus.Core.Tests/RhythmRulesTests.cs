using Fokus.Core.Model;
using Fokus.Core.Rhythm;

namespace Fokus.Core.Tests;

public sealed class RhythmRulesTests
{
    private static readonly DateOnly Start = new(2026, 10, 1); // a Thursday

    [Fact]
    public void WeeklyCadence_IsTheOrganisationSchedule_BiweeklySkipsAWeekAfterACheckIn()
    {
        var weekly = new CheckInCadence(DayOfWeek.Monday);
        var biweekly = new CheckInCadence(DayOfWeek.Monday, 2);
        Assert.Equal(new DateOnly(2026, 10, 5), weekly.NextDue(null, Start));
        Assert.Equal(new DateOnly(2026, 10, 5), biweekly.NextDue(null, Start));
        var monday = new DateOnly(2026, 10, 5);
        Assert.Equal(new DateOnly(2026, 10, 12), weekly.NextDue(monday, Start));
        Assert.Equal(new DateOnly(2026, 10, 19), biweekly.NextDue(monday, Start));
        Assert.False(biweekly.IsDue(monday, Start, new DateOnly(2026, 10, 18)));
        Assert.True(biweekly.IsDue(monday, Start, new DateOnly(2026, 10, 19)));
    }

    [Fact]
    public void Retry_BacksOffExponentially_ThenGivesUp()
    {
        var now = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(now.AddMinutes(5), DeliveryRetry.NextAttempt(1, now));
        Assert.Equal(now.AddMinutes(10), DeliveryRetry.NextAttempt(2, now));
        Assert.Equal(now.AddMinutes(40), DeliveryRetry.NextAttempt(4, now));
        Assert.Null(DeliveryRetry.NextAttempt(DeliveryRetry.MaxAttempts, now));
    }

    [Fact]
    public void Mask_KeepsHostAndLastFour_NeverTheSecret()
    {
        Assert.Equal("https://hooks.slack.com/…Ab12", SecretMask.Url("https://hooks.slack.com/services/T0/B0/secretAb12"));
        Assert.Null(SecretMask.Url(null));
        Assert.DoesNotContain("secret", SecretMask.Url("https://x.example/secret-token-1234")!);
    }

    [Fact]
    public void DigestWeek_IsIssuedTheDayAfterTheCheckInDay_AndCoversTheSevenDaysBefore()
    {
        // Check-ins on Monday: the digest comes out on Tuesday 13 Oct for Tue 6 – Mon 12 Oct.
        var (issued, from, to) = DigestBuilder.WeekOf(new DateOnly(2026, 10, 15), DayOfWeek.Monday);
        Assert.Equal((new DateOnly(2026, 10, 13), new DateOnly(2026, 10, 6), new DateOnly(2026, 10, 12)), (issued, from, to));
        Assert.Equal(issued, DigestBuilder.WeekOf(issued, DayOfWeek.Monday).Issued);
    }

    [Fact]
    public void Digest_PutsWinsBeforeAttention_AndSortsEachList()
    {
        var to = new DateOnly(2026, 10, 12);
        DigestKeyResult Kr(string title, double now, double before, KeyResultStatus status, DateOnly? last = null) =>
            new(Guid.NewGuid(), title, "Ann", now, before, 0.5, status, last ?? to, Start);
        var reached = Kr("Reached", 1, 0.9, KeyResultStatus.Done);
        var small = Kr("Small move", 0.4, 0.35, KeyResultStatus.AtRisk);
        var big = Kr("Big move", 0.6, 0.2, KeyResultStatus.OnTrack);
        var off = Kr("Off", 0.1, 0.1, KeyResultStatus.OffTrack, new DateOnly(2026, 9, 20));
        var notes = new[]
        {
            new DigestNote(Guid.NewGuid(), big.Id, big.Title, "Ann", "Older win", new DateTimeOffset(2026, 10, 7, 9, 0, 0, TimeSpan.Zero)),
            new DigestNote(Guid.NewGuid(), big.Id, big.Title, "Bo", "Newer win", new DateTimeOffset(2026, 10, 9, 9, 0, 0, TimeSpan.Zero)),
            new DigestNote(Guid.NewGuid(), big.Id, big.Title, "Bo", "  ", new DateTimeOffset(2026, 10, 10, 9, 0, 0, TimeSpan.Zero)),
        };

        var digest = DigestBuilder.Build(to.AddDays(-6), to, [off, small, reached, big], notes);

        Assert.Equal(["Newer win", "Older win"], digest.Wins.WentWell.Select(n => n.Text));
        Assert.Equal([reached], digest.Wins.ReachedTarget);
        Assert.Equal([big, small], digest.Wins.MovedMost);
        Assert.Equal([off], digest.NeedsAttention.OffTrack);
        Assert.Equal([small], digest.NeedsAttention.AtRisk);
        Assert.Equal([off], digest.NeedsAttention.Stale);
        Assert.Equal((4, 1, 1, 1, 1), (digest.Progress.KeyResults, digest.Progress.OnTrack, digest.Progress.AtRisk, digest.Progress.OffTrack, digest.Progress.Done));
        Assert.Equal(0.525, digest.Progress.Average, 3);
        Assert.Equal(["From", "To", "Wins", "NeedsAttention", "Progress"], typeof(DigestContent).GetConstructors()[0].GetParameters().Select(p => p.Name!.Length > 0 ? char.ToUpperInvariant(p.Name[0]) + p.Name[1..] : p.Name));
    }
}
