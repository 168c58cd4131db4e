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

    [Inject] internal UiSession Session { get; set; } = default!;
    [Inject] internal LiveUpdates Live { get; set; } = default!;
    [Inject] internal PeriodSelection Periods { get; set; } = default!;

    internal UiUser? User { get; private set; }
    protected CancellationToken Leaving => leaving.Token;
    protected bool Loading { get; private set; } = true;

    /// <summary>Reads the page's data; called on first render, on live changes and when the period changes.</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    protected override async Task OnInitializedAsync()
    {
        User = await Session.UserAsync(Leaving);
        if (User is null) return;
        subscription = Live.Subscribe(User.Caller.OrganisationId, QueueReload);
        Periods.Changed += QueueReload;
        await ReloadAsync();
    }

    protected async Task ReloadAsync()
    {
        if (User is null) return;
        try
        {
            await LoadAsync(Leaving);
        }
        catch (OperationCanceledException) when (Leaving.IsCancellationRequested)
        {
            // The page closed while reading; nothing is left to show it in.
        }
        Loading = false;
    }

    // A burst of saves (a check-in touches several rows) becomes one re-read.
    private void QueueReload()
    {
        if (Interlocked.Exchange(ref reloadQueued, 1) == 1) return;
        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(Settle, Leaving);
                Interlocked.Exchange(ref reloadQueued, 0);
                await ReloadAsync();
                StateHasChanged();
            }
            catch (OperationCanceledException) when (Leaving.IsCancellationRequested)
            {
            }
        });
    }

    public void Dispose()
    {
        subscription?.Dispose();
        Periods.Changed -= QueueReload;
        leaving.Cancel();
        leaving.Dispose();
        GC.SuppressFinalize(this);
    }
}
