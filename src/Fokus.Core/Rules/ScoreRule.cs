namespace Fokus.Core.Rules;

public static class ScoreRule
{
    /// <summary>0.7 counts as success for a stretch key result.</summary>
    public const decimal SuccessThreshold = 0.7m;

    /// <summary>The suggested score at period close: progress rounded to one decimal.</summary>
    public static decimal Suggest(double progress) =>
        double.IsNaN(progress) ? 0 : Math.Round((decimal)Math.Clamp(progress, 0, 1), 1, MidpointRounding.AwayFromZero);

    public static bool IsSuccess(decimal score) => score >= SuccessThreshold;
}
