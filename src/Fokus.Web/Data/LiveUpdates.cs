using System.Collections.Concurrent;

namespace Fokus.Web.Data;

/// <summary>
/// Tells open pages that an organisation's data changed, so they re-read it without a reload.
/// Raised after every successful save on this node.
/// </summary>
internal sealed class LiveUpdates
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> listeners = new();

    /// <summary>
    /// The callback runs in the subscriber's execution context (its culture above all), not the writer's: a page
    /// opened in Swedish must not re-render in the language of whoever saved, or of a background job.
    /// </summary>
    public IDisposable Subscribe(Guid organisationId, Action onChange, ChangeKinds kinds = ChangeKinds.All)
    {
        var subscription = new Subscription(this, organisationId, onChange, ExecutionContext.Capture(), kinds);
        listeners.GetOrAdd(organisationId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Changed(Guid organisationId, ChangeKinds kinds = ChangeKinds.All)
    {
        if (!listeners.TryGetValue(organisationId, out var set)) return;
        foreach (var s in set.Keys)
        {
            if ((s.Kinds & kinds) == 0) continue;
            // Runs inside a save that has already committed: one broken page must neither fail it nor starve the others.
            try { s.Notify(); }
            catch (Exception) { s.Dispose(); }
        }
    }

    private sealed class Subscription(LiveUpdates owner, Guid organisationId, Action onChange, ExecutionContext? context, ChangeKinds kinds)
        : IDisposable
    {
        public ChangeKinds Kinds => kinds;

        public void Notify()
        {
            if (context is null) onChange();
            else ExecutionContext.Run(context, static state => ((Action)state!)(), onChange);
        }

        public void Dispose()
        {
            if (owner.listeners.TryGetValue(organisationId, out var set)) set.TryRemove(this, out _);
        }
    }
}
