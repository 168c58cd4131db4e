namespace Fokus.Core.Rhythm;

/// <summary>When a failed delivery is tried again: 5, 10, 20, 40 minutes after each failure, then it gives up.</summary>
public static class DeliveryRetry
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(5);

    /// <summary>The time of the next attempt after <paramref name="attempts"/> failed ones, or null when it is time to give up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset now) =>
        attempts >= MaxAttempts ? null : now + FirstDelay * Math.Pow(2, Math.Max(0, attempts - 1));
}
