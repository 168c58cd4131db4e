namespace Fokus.Core.Rules;

/// <summary>Weighted mean of key-result progress; zero or negative weights count as nothing.</summary>
public static class ObjectiveProgress
{
    public static double Of(IEnumerable<(double Progress, decimal Weight)> keyResults)
    {
        double sum = 0, weights = 0;
        foreach (var (progress, weight) in keyResults)
        {
            if (weight <= 0) continue;
            sum += progress * (double)weight;
            weights += (double)weight;
        }
        return weights == 0 ? 0 : sum / weights;
    }

    /// <summary>
    /// Roll-up used when the organisation chooses it: the parent's own key results and each
    /// aligned child objective count as one equally weighted part.
    /// </summary>
    public static double WithChildren(double? ownProgress, IEnumerable<double> childProgress)
    {
        var parts = childProgress.ToList();
        if (ownProgress is { } own) parts.Add(own);
        return parts.Count == 0 ? 0 : parts.Average();
    }
}
