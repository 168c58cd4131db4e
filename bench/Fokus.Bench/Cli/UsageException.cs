namespace Fokus.Bench.Cli;

/// <summary>Bad command-line arguments: the program prints the message and the usage, then exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
