using Microsoft.AspNetCore.Components;

namespace Fokus.Web.Features.Restart;

/// <summary>What the open check-in dialog holds: kept across a server restart like the editor's draft.</summary>
public sealed record CheckInTyped(Guid KeyResultId, decimal? Value, bool Done, int Confidence, string? WentWell, string? Blockers, string? Note);

/// <summary>
/// The check-in dialog is not part of the page, so the framework cannot keep it: this circuit service holds what the
/// open dialog shows, Blazor persists it when the circuit pauses and restores it into the resumed circuit, where the
/// key result's check-in button opens the dialog again with it.
/// </summary>
public sealed class CheckInKeeper
{
    private Func<CheckInTyped>? open;
    private CheckInTyped? restored;

    /// <summary>Read when the circuit pauses, written when it resumes; the framework's only way in.</summary>
    [PersistentState]
    public CheckInTyped? Typed
    {
        get => open?.Invoke() ?? restored;
        set => restored = value;
    }

    /// <summary>What the dialog for this key result held before the restart; answered once.</summary>
    internal CheckInTyped? Take(Guid keyResultId)
    {
        if (restored?.KeyResultId != keyResultId) return null;
        var typed = restored;
        restored = null;
        return typed;
    }

    /// <summary>The open dialog; disposing the answer forgets it.</summary>
    internal IDisposable Track(Func<CheckInTyped> snapshot)
    {
        open = snapshot;
        return new Forget(() => { if (open == snapshot) open = null; });
    }

    private sealed class Forget(Action forget) : IDisposable
    {
        public void Dispose() => forget();
    }
}
