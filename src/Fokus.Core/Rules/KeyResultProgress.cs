using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>Progress of one key result in [0, 1] (docs/architecture.md, Domain rules).</summary>
public static class KeyResultProgress
{
    public static double Of(KeyResult kr) =>
        Of(kr.Type, kr.Direction, kr.StartValue, kr.TargetValue, kr.CurrentValue, kr.Done);

    public static double Of(KeyResultType type, Direction direction, decimal start, decimal target, decimal current, bool done)
    {
        if (type == KeyResultType.Milestone) return done ? 1 : 0;
        return direction switch
        {
            Direction.AtLeast => current >= target ? 1 : 0,
            Direction.AtMost => current <= target ? 1 : 0,
            _ => Linear(direction, start, target, current),
        };
    }

    private static double Linear(Direction direction, decimal start, decimal target, decimal current)
    {
        if (start == target)
        {
            var reached = direction == Direction.Increase ? current >= target : current <= target;
            return reached ? 1 : 0;
        }
        var p = (double)((current - start) / (target - start));
        return Math.Clamp(p, 0, 1);
    }
}
