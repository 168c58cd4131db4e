using System.Security.Cryptography;
using Fokus.Core.Model;

namespace Fokus.Web.Infrastructure;

/// <summary>
/// Idempotency-Key on every POST under /api/v1 from a signed-in caller: the first request with a key runs and its
/// successful answer is stored; a retry with the same key gets that answer again (status, Location, body) and
/// nothing is stored twice. The same key with another request is 422. A concurrent duplicate waits for the first.
/// One middleware after authorization instead of code in each endpoint; failures (not 2xx) free the key again.
/// </summary>
internal sealed class Idempotency(RequestDelegate next, IdempotencyStore store, ILogger<Idempotency> log)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    private const int MaxStoredBody = 1 << 20;
    // A claim older than this is a request that died (its node stopped); a retry may take the key over.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(20);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context, out var key, out var caller))
        {
            await next(context);
            return;
        }
        if (!ValidKey(key))
        {
            await Results.ValidationProblem(new Dictionary<string, string[]> { [Header] = [SharedText.Get("Resilience.KeyInvalid")] },
                title: SharedText.Get("Problem.Invalid")).ExecuteAsync(context);
            return;
        }
        var ct = context.RequestAborted;
        var hash = await HashAsync(context.Request, ct);
        var waitUntil = store.Now + WaitForFirst;
        while (true)
        {
            var existing = await store.FindAsync(caller.OrganisationId, caller.PersonId, key, ct);
            var claim = existing is null ? await store.TryClaimAsync(caller.OrganisationId, caller.PersonId, key, hash, ct)
                : existing.ExpiresAt <= store.Now || (existing.ResponseStatus is null && existing.CreatedAt + AbandonedAfter <= store.Now)
                    ? await store.TryTakeOverAsync(existing, hash, ct)
                    : null;
            if (claim is not null)
            {
                await RunAsync(context, claim);
                return;
            }
            var gone = existing is null || existing.ExpiresAt <= store.Now;
            if (!gone && existing!.RequestHash != hash)
            {
                await Results.Problem(title: SharedText.Get("Resilience.KeyReused"), statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Header] = [SharedText.Get("Resilience.KeyReused")] } })
                    .ExecuteAsync(context);
                return;
            }
            if (!gone && existing!.ResponseStatus is { } status)
            {
                await ReplayAsync(context, existing, status, ct);
                return;
            }
            // The first request with this key is still running (or a claim keeps failing): wait, but not forever.
            if (store.Now >= waitUntil)
            {
                context.Response.Headers.RetryAfter = "1";
                await Results.Problem(title: SharedText.Get("Resilience.KeyInProgress"), statusCode: StatusCodes.Status409Conflict).ExecuteAsync(context);
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
    }

    private static bool Applies(HttpContext context, out string key, out Caller caller)
    {
        key = context.Request.Headers[Header].ToString();
        caller = null!;
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 && !context.Request.Headers.ContainsKey(Header)) return false;
        if (!context.Request.Path.StartsWithSegments("/api/v1") || context.GetEndpoint() is null) return false;
        // Credentials and tokens are never kept as a replayable answer or a hash of the request.
        if (context.Request.Path.StartsWithSegments("/api/v1/auth")) return false;
        // Keys belong to an organisation and a person; anonymous posts (sign-in, sign-up) ignore the header.
        if (Caller.From(context.User) is not { } c) return false;
        caller = c;
        return true;
    }

    private static bool ValidKey(string key) => key.Length is > 0 and <= 200 && key.All(ch => ch is > ' ' and <= '~');

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private async Task RunAsync(HttpContext context, IdempotencyRecord claim)
    {
        var ct = context.RequestAborted;
        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try { await next(context); }
        catch
        {
            await ReleaseQuietlyAsync(claim);
            throw;
        }
        finally { context.Response.Body = original; }

        var status = context.Response.StatusCode;
        var body = captured.ToArray();
        try
        {
            if (status is >= 200 and < 300 && body.Length <= MaxStoredBody)
                // Not the request's abort token: the work is done, and a claim left pending would make a retry run it again.
                await store.CompleteAsync(claim, status, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null, body, CancellationToken.None);
            else
                await store.ReleaseAsync(claim, CancellationToken.None);
        }
        // The work is done and the caller gets its answer; only a retry of this key could miss the stored one.
        catch (Exception e) when (DatabaseUnavailable.Is(e))
        {
            log.LogWarning("Could not store the answer for an Idempotency-Key: {Reason}", e.GetBaseException().Message);
        }
        await original.WriteAsync(body, ct);
    }

    private async Task ReleaseQuietlyAsync(IdempotencyRecord claim)
    {
        try { await store.ReleaseAsync(claim, CancellationToken.None); }
        catch (Exception e) when (DatabaseUnavailable.Is(e)) { log.LogWarning("Could not free an Idempotency-Key: {Reason}", e.GetBaseException().Message); }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, int status, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        if (record.ResponseContentType is { } type) context.Response.ContentType = type;
        if (record.ResponseLocation is { } location) context.Response.Headers.Location = location;
        context.Response.Headers[ReplayedHeader] = "true";
        if (record.ResponseBody is { Length: > 0 } body) await context.Response.Body.WriteAsync(body, ct);
    }
}
