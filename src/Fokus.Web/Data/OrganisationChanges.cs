namespace Fokus.Web.Data;

/// <summary>
/// The one place a committed change is announced: it moves the read-cache version and tells open pages.
/// <see cref="Committed"/> lets a cross-node relay forward this node's changes; the relay hands other nodes' changes
/// to <see cref="ApplyFromOtherNode"/>.
/// </summary>
internal sealed class OrganisationChanges(ReadModelCache cache, LiveUpdates live)
{
    /// <summary>Raised after this node applied its own change.</summary>
    public event Action<Guid, ChangeKinds>? Committed;

    public void Publish(Guid organisationId, ChangeKinds kinds)
    {
        Apply(organisationId, kinds);
        Committed?.Invoke(organisationId, kinds);
    }

    public void ApplyFromOtherNode(Guid organisationId, ChangeKinds kinds) => Apply(organisationId, kinds);

    private void Apply(Guid organisationId, ChangeKinds kinds)
    {
        if (kinds.HasFlag(ChangeKinds.Okr)) cache.Changed(organisationId);
        live.Changed(organisationId, kinds);
    }
}
