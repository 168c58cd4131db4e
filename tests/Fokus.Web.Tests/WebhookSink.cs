using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>A local HTTP listener standing in for Slack and Teams incoming webhooks; keeps each JSON body by path.</summary>
public sealed class WebhookSink : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<(string Path, JsonElement Body)> received = new();
    private readonly Task loop;

    public WebhookSink()
    {
        Port = MailSink.FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>When set, every call answers this status instead of 200.</summary>
    public HttpStatusCode? FailWith { get; set; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public IReadOnlyList<JsonElement> At(string path) => received.Where(r => r.Path == "/" + path.TrimStart('/')).Select(r => r.Body).ToList();

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var text = await reader.ReadToEndAsync();
                received.Enqueue((context.Request.Url!.AbsolutePath, JsonDocument.Parse(text).RootElement.Clone()));
            }
            context.Response.StatusCode = (int)(FailWith ?? HttpStatusCode.OK);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try { loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
