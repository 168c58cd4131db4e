using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Imports;

/// <summary>Reads a session's dry run again, against the organisation's data as it is now.</summary>
internal sealed class ImportQueries(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<ImportPreviewDto>> GetAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var gate = await ImportPreviews.LoadAsync(db, caller, id, track: false, ct);
        if (gate.Denied is { } failure) return failure;
        var (session, actor) = (gate.Row, gate.Actor);
        if (ImportCommands.Read(session.Format, session.FileName, session.Content, session.Sheet, out var source) is { } unreadable)
            return unreadable;
        return await ImportPreviews.BuildAsync(db, session, actor, clock, source, ct);
    }
}
