using Fokus.Bench.Cli;

namespace Fokus.Bench.Generate;

internal enum DatabaseProvider { Sqlite, Postgres }

/// <summary>How many rows of each kind the generated organisation gets.</summary>
internal sealed record BenchSize(int People, int Teams, int Objectives, int KeyResults, int CheckIns)
{
    public static BenchSize Default { get; } = new(20_000, 2_000, 10_000, 40_000, 2_000_000);
}

internal sealed record GenerateOptions(DatabaseProvider Provider, string ConnectionString, BenchSize Size)
{
    public static GenerateOptions Parse(IReadOnlyList<string> args)
    {
        var reader = new ArgumentReader(args);
        var provider = reader.RequiredString("provider") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            var other => throw new UsageException($"--provider must be sqlite or postgres, got '{other}'."),
        };
        var connection = reader.RequiredString("connection");
        var scale = reader.Double("scale", 0.0001, 100) ?? 1.0;
        var defaults = BenchSize.Default;
        int Count(string name, int defaultCount, int min, int max) =>
            reader.Int(name, min, max) ?? Math.Max(min, (int)Math.Round(defaultCount * scale));

        var size = new BenchSize(
            People: Count("people", defaults.People, 1, 10_000_000),
            Teams: Count("teams", defaults.Teams, 1, 1_000_000),
            Objectives: Count("objectives", defaults.Objectives, 3, 10_000_000),
            KeyResults: Count("key-results", defaults.KeyResults, 0, 50_000_000),
            CheckIns: Count("check-ins", defaults.CheckIns, 0, 1_000_000_000));
        reader.RejectUnknown();
        if (size.KeyResults == 0 && size.CheckIns > 0)
            throw new UsageException("Check-ins need key results: give --key-results > 0 or --check-ins 0.");
        return new GenerateOptions(provider, connection, size);
    }
}
