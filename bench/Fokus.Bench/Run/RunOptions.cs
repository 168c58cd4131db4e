using Fokus.Bench.Cli;

namespace Fokus.Bench.Run;

internal sealed record RunOptions(Uri Url, int Seconds, int Connections, string Email, string Password)
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var reader = new ArgumentReader(args);
        var urlText = reader.String("url") ?? "http://127.0.0.1:5000";
        var seconds = reader.Int("seconds", 1, 600) ?? 10;
        var connections = reader.Int("connections", 1, 1024) ?? 64;
        var email = reader.String("email") ?? "admin@bench.example";
        var password = reader.String("password") ?? "fokus-bench";
        reader.RejectUnknown();

        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new UsageException($"--url must be an absolute http(s) URL, got '{urlText}'.");
        // Load is only ever sent to this machine.
        if (!url.IsLoopback)
            throw new UsageException($"--url must point at this machine (localhost, 127.0.0.0/8 or [::1]), got '{url.Host}'.");
        return new RunOptions(new Uri(url.GetLeftPart(UriPartial.Authority) + "/"), seconds, connections, email, password);
    }
}
