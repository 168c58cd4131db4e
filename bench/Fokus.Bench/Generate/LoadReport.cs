using System.Diagnostics;

namespace Fokus.Bench.Generate;

/// <summary>Times each entity type's load, prints progress for the big ones and a summary at the end.</summary>
internal sealed class LoadReport
{
    private readonly List<(string Label, long Rows, TimeSpan Elapsed)> _done = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public LoadProgress Start(string label, long expectedRows) => new(this, label, expectedRows);

    internal void Finished(string label, long rows, TimeSpan elapsed)
    {
        _done.Add((label, rows, elapsed));
        Console.WriteLine(Line(label, rows, elapsed));
    }

    public void PrintSummary()
    {
        Console.WriteLine();
        Console.WriteLine($"{"step",-16} {"rows",12} {"seconds",9} {"rows/s",12}");
        foreach (var (label, rows, elapsed) in _done)
            Console.WriteLine(Line(label, rows, elapsed));
        Console.WriteLine($"{"total",-16} {_done.Sum(d => d.Rows),12:N0} {_total.Elapsed.TotalSeconds,9:F1}");
    }

    private static string Line(string label, long rows, TimeSpan elapsed) =>
        $"{label,-16} {rows,12:N0} {elapsed.TotalSeconds,9:F1} {(rows == 0 ? "" : (rows / Math.Max(elapsed.TotalSeconds, 0.001)).ToString("N0")),12}";
}

internal sealed class LoadProgress(LoadReport report, string label, long expectedRows)
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly long _step = expectedRows >= 100_000 ? expectedRows / 10 : long.MaxValue;
    private long _rows;
    private long _nextReport = expectedRows >= 100_000 ? expectedRows / 10 : long.MaxValue;

    public void Add(long rows)
    {
        _rows += rows;
        if (_rows < _nextReport) return;
        Console.WriteLine($"  {label}: {_rows:N0} / {expectedRows:N0} after {_elapsed.Elapsed.TotalSeconds:F1} s");
        _nextReport += _step;
    }

    public void Finish() => report.Finished(label, _rows, _elapsed.Elapsed);
}
