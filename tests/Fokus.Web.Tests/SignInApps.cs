using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>Apps (one per provider) that believe X-Forwarded-For, so a test can sign in from many client addresses.</summary>
public sealed class SignInApps : IDisposable
{
    private readonly Dictionary<string, FokusApp> apps = [];
    private int nextAddress;

    public FokusApp Get(string provider)
    {
        lock (apps)
        {
            if (!apps.TryGetValue(provider, out var app))
                apps[provider] = app = FokusApp.Create(provider, settings: new Dictionary<string, string?> { ["Fokus:ForwardedHeaders:Enabled"] = "true" });
            return app;
        }
    }

    /// <summary>A client from an address no other test uses (documentation range 198.18.0.0/15, never routed).</summary>
    public HttpClient From(FokusApp app, string? address = null, string language = "en")
    {
        var n = Interlocked.Increment(ref nextAddress);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? $"198.18.{n / 250 % 250}.{n % 250 + 1}");
        client.DefaultRequestHeaders.Add("Accept-Language", language);
        return client;
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    public void Dispose()
    {
        foreach (var app in apps.Values) app.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SignInAppsCollection : ICollectionFixture<SignInApps>
{
    public const string Name = "sign-in apps";
}
