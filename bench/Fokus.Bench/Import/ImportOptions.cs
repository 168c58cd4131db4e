using Fokus.Bench.Cli;

namespace Fokus.Bench.Import;

internal sealed record ImportOptions(Uri Url, string Email, string Password, int Objectives, int KeyResultsPerObjective, int NewTeams)
{
    public static ImportOptions Parse(IReadOnlyList<string> args)
    {
        var reader = new ArgumentReader(args);
        var urlText = reader.String("url") ?? "http://127.0.0.1:5080";
        var email = reader.String("email") ?? "admin@bench.example";
        var password = reader.String("password") ?? "fokus-bench";
        var objectives = reader.Int("objectives", 1, 10_000) ?? 2_000;
        var perObjective = reader.Int("key-results", 1, 25) ?? 5;
        var newTeams = reader.Int("new-teams", 0, 1_000) ?? 0;
        reader.RejectUnknown();
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new UsageException($"--url must be an absolute http(s) URL, got '{urlText}'.");
        if (!url.IsLoopback)
            throw new UsageException($"--url must point at this machine (localhost, 127.0.0.0/8 or [::1]), got '{url.Host}'.");
        if (objectives * perObjective > 50_000)
            throw new UsageException("At most 50,000 key results per file (the import's row limit).");
        return new ImportOptions(new Uri(url.GetLeftPart(UriPartial.Authority) + "/"), email, password, objectives, perObjective, newTeams);
    }
}
