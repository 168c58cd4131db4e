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

          Fokus.Bench import --url http://127.0.0.1:5080 [--email admin@bench.example] [--password fokus-bench]
                             [--objectives 2000] [--key-results 5] [--new-teams 0]
              Writes a Swedish CSV (semicolons, decimal commas, fill down) with objectives × key results over the
              organisation's teams (plus --new-teams created by the import) and times the preview and the apply
              (target: 10,000 key results under 30 s on SQLite).
        """;
}
