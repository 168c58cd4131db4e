using Fokus.Web.Data;
using Microsoft.AspNetCore.Components;

namespace Fokus.Web.Components.Shared;

/// <summary>
/// Base for interactive pages: loads the signed-in user, cancels work when the page goes away,
/// and re-reads its data when the organisation's data changes or another period is picked.
/// </summary>
public abstract class FokusPage : ComponentBase, IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);
    private readonly CancellationTokenSource leaving = new();
    private IDisposable? subscription;
    private int reloadQueued;
    private long loads;
    private bool disposed;

    [Inject] internal UiSession Session { get; set; } = default!;
    [Inject] internal LiveUpdates Live { get; set; } = default!;
    [Inject] internal PeriodSelection Periods { get; set; } = default!;

    internal UiUser? User { get; private set; }
    protected CancellationToken Leaving { get; }
    protected bool Loading { get; private set; } = true;

    protected FokusPage() => Leaving = leaving.Token;

    /// <summary>Reads the page's data; called on first render, on live changes and when the period changes.</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    protected override async Task OnInitializedAsync()
    {
        User = await Session.UserAsync(Leaving);
        // The page may have been closed while the user was read: then it must not subscribe at all.
        if (User is null || disposed) return;
        subscription = Live.Subscribe(User.Caller.OrganisationId, QueueReload);
        Periods.Changed += QueueReload;
        await ReloadAsync();
    }

    /// <summary>Reads again; when reads overlap (a live change during a search), only the newest one's result stays.</summary>
    protected async Task ReloadAsync()
    {
        if (User is null || disposed) return;
        var mine = Interlocked.Increment(ref loads);
        try
        {
            await LoadAsync(Leaving);
        }
        catch (OperationCanceledException) when (Leaving.IsCancellationRequested)
        {
            // The page closed while reading; nothing is left to show it in.
        }
        if (mine == Interlocked.Read(ref loads)) Loading = false;
    }

    // A burst of saves (a check-in touches several rows) becomes one re-read.
    private void QueueReload()
    {
        if (disposed || Interlocked.Exchange(ref reloadQueued, 1) == 1) return;
        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(Settle, Leaving);
                Interlocked.Exchange(ref reloadQueued, 0);
                await ReloadAsync();
                if (!disposed) StateHasChanged();
            }
            catch (OperationCanceledException) when (Leaving.IsCancellationRequested)
            {
            }
        });
    }

    public void Dispose()
    {
        disposed = true;
        subscription?.Dispose();
        Periods.Changed -= QueueReload;
        // Cancelled but not disposed: work still in flight may read the token after the page has gone.
        leaving.Cancel();
        GC.SuppressFinalize(this);
    }
}
