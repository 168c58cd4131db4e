using System.Globalization;
using Fokus.Bench.Cli;
using Fokus.Bench.Coach;
using Fokus.Bench.Generate;
using Fokus.Bench.Import;
using Fokus.Bench.Run;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return args switch
    {
        ["generate", .. var rest] => await GenerateCommand.RunAsync(GenerateOptions.Parse(rest), cancellation.Token),
        ["run", .. var rest] => await RunCommand.RunAsync(RunOptions.Parse(rest), cancellation.Token),
        ["coach", .. var rest] => CoachCommand.Run(rest),
        ["import", .. var rest] => await ImportCommand.RunAsync(ImportOptions.Parse(rest), cancellation.Token),
        ["help" or "--help" or "-h"] => PrintUsage(),
        [] => throw new UsageException("No command given."),
        _ => throw new UsageException($"Unknown command '{args[0]}'."),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(Usage.Text);
    return 2;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}

static int PrintUsage()
{
    Console.WriteLine(Usage.Text);
    return 0;
}
