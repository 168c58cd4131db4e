namespace Fokus.Web.Data;

/// <summary>
/// SQLite has one writer at a time, and a busy writer makes the others sleep and retry. Hot write
/// paths queue here instead, in-process; on PostgreSQL the gate is open.
/// </summary>
internal sealed class WriteGate(DatabaseSettings settings) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!settings.IsSqlite) return Open.Instance;
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();
        public void Dispose() { }
    }
}
