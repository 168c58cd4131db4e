using System.Collections;
using System.Runtime.CompilerServices;
using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Exports;

/// <summary>
/// Every check-in of the exported key results, read a batch of key results at a time: an organisation's history can hold
/// millions, so no writer ever holds more than one batch. Enumerable both ways: MiniExcel reads synchronously, CSV asynchronously.
/// </summary>
internal sealed class CheckInStream(FokusDbContext db, ExportData data) : IEnumerable<CheckInRow>, IAsyncEnumerable<CheckInRow>
{
    private const int Batch = 500;

    private IEnumerable<Guid[]> Batches => data.KeyResultLines.Select(l => l.KeyResult.Id).Chunk(Batch);

    public IEnumerator<CheckInRow> GetEnumerator()
    {
        foreach (var ids in Batches)
            foreach (var row in ExportReader.CheckIns(db, data.Scope.OrganisationId, ids).ToList())
                yield return row;
    }

    public async IAsyncEnumerator<CheckInRow> GetAsyncEnumerator(CancellationToken ct = default)
    {
        foreach (var ids in Batches)
            foreach (var row in await ExportReader.CheckIns(db, data.Scope.OrganisationId, ids).ToListAsync(ct))
                yield return row;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>How many there are, for splitting a sheet at Excel's row limit; counted per batch, through the same index.</summary>
    public async Task<int> CountAsync(CancellationToken ct)
    {
        var total = 0;
        foreach (var ids in Batches)
            total += await db.CheckIns.CountAsync(c => ids.Contains(c.KeyResultId), ct);
        return total;
    }
}
