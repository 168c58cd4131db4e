namespace Fokus.Bench.Cli;

internal static class Usage
{
    public const string Text = """
        Usage:
          Fokus.Bench generate --provider sqlite|postgres --connection "<connection string>"
                               [--people 20000] [--teams 2000] [--objectives 10000]
                               [--key-results 40000] [--check-ins 2000000] [--scale 1.0]
              Migrates the database and bulk-creates one large organisation, "Bench AB".
              --scale multiplies the default counts (0.01 for a quick run); explicit counts are used as given.

          Fokus.Bench run --url http://127.0.0.1:5000 [--seconds 10] [--connections 64]
                          [--email admin@bench.example] [--password fokus-bench]
              Drives a running Fokus server (loopback only) and prints a Markdown table.

          Fokus.Bench coach [--iterations 200000]
              Times the offline OKR coach per key result (target: under 1 ms).
        """;
}
