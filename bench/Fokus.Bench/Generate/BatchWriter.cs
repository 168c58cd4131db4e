using Fokus.Data;

namespace Fokus.Bench.Generate;

/// <summary>Inserts rows through EF Core in batches, clearing the change tracker after each so memory stays flat.</summary>
internal sealed class BatchWriter(FokusDbContext db, LoadReport report, int batchSize = 5_000)
{
    public async Task WriteAsync<T>(string label, IEnumerable<T> rows, long expectedRows, CancellationToken ct)
        where T : class
    {
        var progress = report.Start(label, expectedRows);
        var batch = new List<T>(batchSize);
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == batchSize)
                progress.Add(await FlushAsync(batch, ct));
        }
        if (batch.Count > 0)
            progress.Add(await FlushAsync(batch, ct));
        progress.Finish();
    }

    private async Task<int> FlushAsync<T>(List<T> batch, CancellationToken ct) where T : class
    {
        db.Set<T>().AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var written = batch.Count;
        batch.Clear();
        return written;
    }
}
