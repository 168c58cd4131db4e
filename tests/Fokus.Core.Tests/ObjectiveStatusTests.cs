using Fokus.Core.Model;
using Fokus.Core.Rules;
using static Fokus.Core.Model.KeyResultStatus;

namespace Fokus.Core.Tests;

public class ObjectiveStatusTests
{
    private static KeyResultStatus Of(double progress, double expected, params KeyResultStatus[] keyResults) =>
        KeyResultStatusRule.OfObjective(progress, expected, keyResults, StatusThresholds.Default);

    [Fact]
    public void OfObjective_AllKeyResultsDone_IsDone() =>
        Assert.Equal(Done, Of(0.9, 1.0, Done, Done, Done));

    [Fact]
    public void OfObjective_ProgressOne_IsDoneEvenIfAKeyResultIsNot() =>
        Assert.Equal(Done, Of(1.0, 1.0, Done, OffTrack));

    [Fact]
    public void OfObjective_NoKeyResultsOnPath_IsOnTrack() =>
        Assert.Equal(OnTrack, Of(0.5, 0.5));

    [Fact]
    public void OfObjective_NoKeyResultsAndNoProgress_IsNotDone() =>
        Assert.Equal(OnTrack, Of(0.0, 0.0));

    [Fact]
    public void OfObjective_NoKeyResultsFarBehind_IsOffTrack() =>
        Assert.Equal(OffTrack, Of(0.1, 0.5));

    [Fact]
    public void OfObjective_AllOnTrackOrDoneOnPath_IsOnTrack() =>
        Assert.Equal(OnTrack, Of(0.6, 0.5, OnTrack, Done, OnTrack));

    [Fact]
    public void OfObjective_OneKeyResultAtRisk_IsAtRisk() =>
        Assert.Equal(AtRisk, Of(0.6, 0.5, OnTrack, AtRisk, OnTrack));

    [Fact]
    public void OfObjective_MinorityOffTrack_IsAtRisk() =>
        Assert.Equal(AtRisk, Of(0.6, 0.5, OffTrack, OnTrack, OnTrack));

    [Fact]
    public void OfObjective_ExactlyHalfOffTrack_IsAtRisk() =>
        Assert.Equal(AtRisk, Of(0.6, 0.5, OffTrack, OnTrack));

    [Fact]
    public void OfObjective_MajorityOffTrack_IsOffTrack() =>
        Assert.Equal(OffTrack, Of(0.6, 0.5, OffTrack, OffTrack, OnTrack));

    [Fact]
    public void OfObjective_BehindPathMoreThanAtRiskGap_IsAtRisk() =>
        Assert.Equal(AtRisk, Of(0.35, 0.5, OnTrack, OnTrack));

    [Fact]
    public void OfObjective_BehindPathMoreThanOffTrackGap_IsOffTrack() =>
        Assert.Equal(OffTrack, Of(0.2, 0.5, OnTrack, OnTrack));

    [Fact]
    public void OfObjective_SomeDoneSomeOnTrackBehindPath_FollowsPath() =>
        Assert.Equal(AtRisk, Of(0.35, 0.5, Done, OnTrack));

    [Fact]
    public void OfObjective_EnumeratesKeyResultsOnce()
    {
        var enumerations = 0;
        IEnumerable<KeyResultStatus> Statuses()
        {
            enumerations++;
            yield return OnTrack;
            yield return AtRisk;
        }

        var status = KeyResultStatusRule.OfObjective(0.6, 0.5, Statuses(), StatusThresholds.Default);

        Assert.Equal(AtRisk, status);
        Assert.Equal(1, enumerations);
    }
}
