using Fokus.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Fokus.Web.Data;

/// <summary>
/// Runs a unit with its own transaction that cannot be replayed (it streams rows to or from a stream) inside an
/// execution strategy that makes one attempt: the retrying strategy refuses bare user transactions, and a second
/// attempt would write the stream twice. A transient failure ends as RetryLimitExceededException, which answers 503.
/// </summary>
internal static class SingleAttempt
{
    public static Task<T> RunAsync<T>(FokusDbContext db, Func<CancellationToken, Task<T>> operation, CancellationToken ct) =>
        db.Database.IsNpgsql() ? new NpgsqlRetryingExecutionStrategy(db, maxRetryCount: 0).ExecuteAsync(operation, ct) : operation(ct);
}
