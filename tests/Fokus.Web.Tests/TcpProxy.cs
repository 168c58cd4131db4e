using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Fokus.Web.Tests;

/// <summary>A loopback TCP forwarder to PostgreSQL; Stop() closes the port and cuts every connection, as a dead server would.</summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> open = [];
    private readonly CancellationTokenSource stop = new();
    private readonly string host;
    private readonly int port;

    private TcpProxy(string host, int port)
    {
        (this.host, this.port) = (host, port);
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static TcpProxy Start(string host, int port) => new(host, port);

    public void Stop()
    {
        if (stop.IsCancellationRequested) return;
        stop.Cancel();
        listener.Stop();
        foreach (var client in open) client.Dispose();
    }

    public void Dispose()
    {
        Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var inbound = await listener.AcceptTcpClientAsync(stop.Token);
                var outbound = new TcpClient();
                open.Add(inbound);
                open.Add(outbound);
                await outbound.ConnectAsync(host, port, stop.Token);
                _ = PumpAsync(inbound, outbound);
                _ = PumpAsync(outbound, inbound);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try { await from.GetStream().CopyToAsync(to.GetStream(), stop.Token); }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or InvalidOperationException) { }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
