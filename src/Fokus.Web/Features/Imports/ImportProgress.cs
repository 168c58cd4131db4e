namespace Fokus.Web.Features.Imports;

/// <summary>Reports straight to the page (through its InvokeAsync), not through a captured context, and only whole percents.</summary>
internal sealed class ImportProgress(Func<double, Task> report) : IProgress<double>
{
    private int lastPercent = -1;

    public void Report(double value)
    {
        var percent = (int)Math.Round(value * 100);
        if (Interlocked.Exchange(ref lastPercent, percent) == percent) return;
        _ = report(percent);
    }
}
