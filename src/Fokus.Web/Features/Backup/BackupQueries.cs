using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Backup;

/// <summary>The admin's backups: one written now to a stream, and the scheduled files. Admins only; others get Forbidden.</summary>
internal sealed class BackupQueries(IDbContextFactory<FokusDbContext> dbs, BackupFiles files, TimeProvider clock)
{
    public async Task<Outcome<string>> DownloadNameAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!AccessRules.CanManageOrganisation(await db.ActorAsync(caller, ct))) return Outcome.Forbidden;
        var name = await db.Organisations.Where(o => o.Id == caller.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return name is null ? Outcome.NotFound : BackupFiles.FileName(name, caller.OrganisationId, clock.GetUtcNow());
    }

    /// <summary>Writes the caller's organisation; call <see cref="DownloadNameAsync"/> first, which checks the role.</summary>
    public async Task WriteAsync(Caller caller, Stream output, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        await BackupWriter.WriteAsync(db, caller.OrganisationId, output, clock.GetUtcNow(), ct);
    }

    public async Task<Outcome<IReadOnlyList<BackupFileDto>>> ListAsync(Caller caller, CancellationToken ct)
    {
        if (!await IsAdminAsync(caller, ct)) return Outcome.Forbidden;
        return new Outcome<IReadOnlyList<BackupFileDto>>(OutcomeKind.Ok, files.List(caller.OrganisationId));
    }

    public async Task<Outcome<string>> FileAsync(Caller caller, string name, CancellationToken ct)
    {
        if (!await IsAdminAsync(caller, ct)) return Outcome.Forbidden;
        return files.PathOf(caller.OrganisationId, name) is { } path ? path : Outcome.NotFound;
    }

    private async Task<bool> IsAdminAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return AccessRules.CanManageOrganisation(await db.ActorAsync(caller, ct));
    }
}
