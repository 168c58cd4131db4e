using Fokus.Core.Model;

namespace Fokus.Core.Tests;

/// <summary>Small key results and check-ins for the Apply tests.</summary>
internal static class KeyResultBuilder
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static KeyResult Number(decimal current = 10) => new()
    {
        Title = "Monthly active users",
        Type = KeyResultType.Number,
        Direction = Direction.Increase,
        StartValue = 0,
        TargetValue = 100,
        CurrentValue = current,
    };

    public static KeyResult Milestone(bool done = false) => new()
    {
        Title = "Launch in Norway",
        Type = KeyResultType.Milestone,
        Done = done,
        CurrentValue = done ? 1 : 0,
    };

    public static CheckIn At(DateTimeOffset createdAt, decimal? value = null, bool? done = null, int confidence = 7) =>
        new() { CreatedAt = createdAt, Value = value, Done = done, Confidence = confidence };
}
