using Fokus.Data;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// The only way Fokus opens a database context. A handler opens one for its caller, and every query
/// on organisation-owned rows is then limited to the caller's organisation by the global query filter.
/// </summary>
internal static class OrganisationDb
{
    public static Task<FokusDbContext> OpenAsync(this IDbContextFactory<FokusDbContext> dbs, Caller caller, CancellationToken ct) =>
        dbs.OpenAsync(caller.OrganisationId, ct);

    public static async Task<FokusDbContext> OpenAsync(this IDbContextFactory<FokusDbContext> dbs, Guid organisationId, CancellationToken ct) =>
        (await dbs.CreateDbContextAsync(ct)).ScopeTo(organisationId);

    /// <summary>
    /// Every organisation at once: only for start-up, sign-in, sign-up and the background cycles, which
    /// must find the organisation before they can scope to it. Each call site says why.
    /// </summary>
    public static async Task<FokusDbContext> OpenAcrossOrganisationsAsync(this IDbContextFactory<FokusDbContext> dbs, CancellationToken ct) =>
        (await dbs.CreateDbContextAsync(ct)).AcrossOrganisations();
}
