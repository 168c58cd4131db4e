using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Fokus.Web.Infrastructure;

/// <summary>Tells a database that cannot answer now (down, restarting, full, busy) from a bug.</summary>
internal static class DatabaseUnavailable
{
    /// <summary>Seconds a client should wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    private const int SqliteBusy = 5, SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // EF gave up after its retries (EnableRetryOnFailure), or would have retried if it could.
                case RetryLimitExceededException:
                // Npgsql marks refused or broken connections, a full pool, 53300 too_many_connections, 57P0x shutdowns as transient.
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "53300" or "57P01" or "57P02" or "57P03" }:
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return true;
            }
        }
        return false;
    }
}
