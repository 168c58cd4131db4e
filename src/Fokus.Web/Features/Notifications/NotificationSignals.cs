namespace Fokus.Web.Features.Notifications;

/// <summary>Per circuit: tells the bell that the page marked notifications read (those marks do not go through live updates).</summary>
internal sealed class NotificationSignals
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
