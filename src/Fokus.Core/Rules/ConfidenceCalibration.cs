using Fokus.Core.Model;

namespace Fokus.Core.Rules;

/// <summary>One key result as calibration sees it: the confidences (0–10) given in its check-ins, and whether it made it.</summary>
public sealed record CalibrationInput(IReadOnlyList<int> Confidences, bool Hit);

/// <summary>The check-ins rated <see cref="Confidence"/>: how many, and the share whose key result made it (null when none).</summary>
public sealed record CalibrationBin(int Confidence, int Count, double? HitRate);

/// <summary>Brier score (null without any check-in) and the eleven bins 0..10.</summary>
public sealed record CalibrationResult(double? BrierScore, int CheckIns, int KeyResults, IReadOnlyList<CalibrationBin> Bins);

/// <summary>
/// How well people's confidence predicted the outcome.
/// Every check-in is one forecast: confidence/10 is the probability it gave that its key result would make it.
/// The Brier score is the mean over check-ins of (confidence/10 − outcome)², outcome 1 for a hit and 0 for a miss:
/// 0 is perfect, 0.25 is what always saying 5/10 earns. A key result with more check-ins therefore weighs more,
/// as it made more forecasts. The bins count check-ins per confidence value.
/// </summary>
public static class ConfidenceCalibration
{
    public const int MaxConfidence = 10;

    /// <summary>
    /// A hit: the score given at close reaches <see cref="ScoreRule.SuccessThreshold"/> (0.7); a key result that was
    /// never scored is a hit when its final progress reaches the same 0.7. The score wins when both exist, because it is
    /// the team's own judgement of the outcome.
    /// </summary>
    public static bool Hit(decimal? score, double progress) =>
        score is { } s ? ScoreRule.IsSuccess(s) : Math.Round(progress, 9) >= (double)ScoreRule.SuccessThreshold;

    public static bool Hit(KeyResult kr) => Hit(kr.Score, KeyResultProgress.Of(kr));

    public static CalibrationResult Of(IEnumerable<CalibrationInput> keyResults)
    {
        var counts = new int[MaxConfidence + 1];
        var hits = new int[MaxConfidence + 1];
        double squares = 0;
        int checkIns = 0, rated = 0;
        foreach (var kr in keyResults)
        {
            var any = false;
            foreach (var confidence in kr.Confidences)
            {
                if (confidence is < 0 or > MaxConfidence) continue;
                var error = confidence / (double)MaxConfidence - (kr.Hit ? 1 : 0);
                squares += error * error;
                counts[confidence]++;
                if (kr.Hit) hits[confidence]++;
                checkIns++;
                any = true;
            }
            if (any) rated++;
        }
        var bins = Enumerable.Range(0, MaxConfidence + 1)
            .Select(c => new CalibrationBin(c, counts[c], counts[c] == 0 ? null : hits[c] / (double)counts[c])).ToList();
        return new CalibrationResult(checkIns == 0 ? null : squares / checkIns, checkIns, rated, bins);
    }
}
