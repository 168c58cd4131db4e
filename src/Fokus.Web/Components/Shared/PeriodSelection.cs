namespace Fokus.Web.Components.Shared;

/// <summary>The period the person is looking at, shared by every page of one circuit; null means the current period.</summary>
internal sealed class PeriodSelection
{
    public Guid? PeriodId { get; private set; }

    public event Action? Changed;

    public void Select(Guid? periodId)
    {
        if (PeriodId == periodId) return;
        PeriodId = periodId;
        Changed?.Invoke();
    }
}
