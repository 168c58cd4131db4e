using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace Fokus.Web.Features.Restart;

/// <summary>
/// The circuits open on this process. When the server stops, each page is asked to pause its circuit while the
/// connection is still up: Blazor then persists the components' state (what was typed) and hands it to the page,
/// which resumes into a new circuit with it on the next process (wwwroot/restart.js).
/// </summary>
internal sealed class RunningCircuits(IHostApplicationLifetime lifetime, IOptions<RestartOptions> options, ILogger<RunningCircuits> logger)
{
    private readonly ConcurrentDictionary<string, (IJSRuntime Js, TaskCompletionSource Gone)> open = new();
    private int hooked;

    /// <summary>This process; a page paused by it resumes only when another one answers.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public int Count => open.Count;

    public void Opened(string circuitId, IJSRuntime js)
    {
        // Hooked at the first circuit, so after SignalR's own hook (it closes every connection when stopping):
        // stopping callbacks run newest first, so the pause runs while the connections are still open.
        if (Interlocked.Exchange(ref hooked, 1) == 0) lifetime.ApplicationStopping.Register(PauseAllBeforeConnectionsClose);
        open[circuitId] = (js, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    public void Closed(string circuitId)
    {
        if (open.TryRemove(circuitId, out var entry)) entry.Gone.TrySetResult();
    }

    // A stopping callback is synchronous and the connections close right after it returns, so it waits here, as
    // SignalR's own closing does; the wait is bounded by Fokus:Restart:PauseSeconds.
    private void PauseAllBeforeConnectionsClose()
    {
        var timeout = TimeSpan.FromSeconds(options.Value.PauseSeconds);
        if (timeout <= TimeSpan.Zero || open.IsEmpty) return;
        using var cts = new CancellationTokenSource(timeout);
        Task.Run(() => PauseAllAsync(cts.Token), CancellationToken.None).GetAwaiter().GetResult();
    }

    internal async Task PauseAllAsync(CancellationToken ct)
    {
        var asked = open.ToArray();
        logger.LogInformation("Stopping: asking {Count} open pages to keep their state", asked.Length);
        await Task.WhenAll(asked.Select(async circuit =>
        {
            try
            {
                await circuit.Value.Js.InvokeVoidAsync("fokusRestart.pause", ct, InstanceId);
                await circuit.Value.Gone.Task.WaitAsync(ct);
            }
            catch (Exception e) when (e is JSException or JSDisconnectedException or OperationCanceledException or InvalidOperationException)
            {
                // That page keeps today's behaviour: it reconnects and reloads.
                logger.LogInformation("A page did not pause before the server stopped: {Reason}", e.Message);
            }
        }));
    }
}
