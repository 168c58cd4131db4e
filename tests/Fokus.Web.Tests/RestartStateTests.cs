using System.Text.Json;
using Fokus.Core.Model;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Features.Restart;

namespace Fokus.Web.Tests;

/// <summary>
/// What a restart carries (docs/readme-restart.md): Blazor persists component state as JSON with the web defaults, so
/// the editor's draft and the open check-in must come back whole from that JSON.
/// </summary>
public sealed class RestartStateTests
{
    private static readonly JsonSerializerOptions Blazor = new(JsonSerializerDefaults.Web);

    [Fact]
    public void ObjectiveDraft_RoundTrips_WithItsKeyResults_RemovedOnes_AndWhatWasSaved()
    {
        var draft = new ObjectiveDraft { Id = Guid.NewGuid(), Version = 3, Title = "Kunderna hittar rätt storlek", Description = "Färre returer", PeriodId = Guid.NewGuid() };
        var kept = draft.AddKeyResult(Guid.NewGuid(), "Lea Lind");
        (kept.Id, kept.Title, kept.Type, kept.StartValue, kept.TargetValue, kept.Direction, kept.Weight) =
            (Guid.NewGuid(), "Andel returer", KeyResultType.Percent, 12.5m, 4m, Direction.Decrease, 2m);
        kept.MarkSaved(7, 0);
        var removed = draft.AddKeyResult(null, null);
        removed.Id = Guid.NewGuid();
        draft.Remove(1);
        draft.AddKeyResult(null, null).Title = "Nytt, ännu inte sparat";
        draft.Saved = draft.ToUpdate();
        kept.TargetValue = 3m; // typed after the last save

        var back = JsonSerializer.Deserialize<ObjectiveDraft>(JsonSerializer.Serialize(draft, Blazor), Blazor)!;

        Assert.Equal((draft.Id, draft.Version, draft.Title, draft.Description, draft.PeriodId), (back.Id, back.Version, back.Title, back.Description, back.PeriodId));
        Assert.Equal(["Andel returer", "Nytt, ännu inte sparat"], back.KeyResults.Select(k => k.Title));
        Assert.Equal((kept.Id, 7, KeyResultType.Percent, 12.5m, 3m, Direction.Decrease, 2m),
            (back.KeyResults[0].Id, back.KeyResults[0].Version, back.KeyResults[0].Type, back.KeyResults[0].StartValue,
                back.KeyResults[0].TargetValue, back.KeyResults[0].Direction, back.KeyResults[0].Weight));
        Assert.Equal([removed.Id], back.Removed.Select(k => k.Id));
        // What was saved comes along: an unchanged objective is not written again, a changed key result is.
        Assert.Equal(back.Saved, back.ToUpdate());
        Assert.True(back.KeyResults[0].ChangedSince(0));
        back.KeyResults[0].TargetValue = 4m;
        Assert.False(back.KeyResults[0].ChangedSince(0));
    }

    [Fact]
    public void CheckInKeeper_PersistsTheOpenDialog_AndGivesItBackOnceToItsKeyResult()
    {
        var kr = Guid.NewGuid();
        var open = new CheckInKeeper();
        var value = 2.61m;
        using (open.Track(() => new CheckInTyped(kr, value, false, 7, "Bra vecka", null, "Anteckning")))
        {
            value = 3m; // the snapshot is taken when the circuit pauses, not when the dialog opened
            var json = JsonSerializer.Serialize(open.Typed, Blazor);
            var resumed = new CheckInKeeper { Typed = JsonSerializer.Deserialize<CheckInTyped>(json, Blazor) };

            Assert.Null(resumed.Take(Guid.NewGuid()));
            Assert.Equal(new CheckInTyped(kr, 3m, false, 7, "Bra vecka", null, "Anteckning"), resumed.Take(kr));
            Assert.Null(resumed.Take(kr));
        }
        Assert.Null(open.Typed); // a closed dialog leaves nothing to keep
    }
}
