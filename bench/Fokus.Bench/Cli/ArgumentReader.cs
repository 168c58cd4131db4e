using System.Globalization;

namespace Fokus.Bench.Cli;

/// <summary>Reads "--name value" pairs; every option takes exactly one value and may appear once.</summary>
internal sealed class ArgumentReader
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ArgumentReader(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
                throw new UsageException($"Expected an option like --name, got '{name}'.");
            if (i + 1 >= args.Count)
                throw new UsageException($"Option {name} needs a value.");
            if (!_values.TryAdd(name[2..], args[i + 1]))
                throw new UsageException($"Option {name} is given twice.");
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? String(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public string RequiredString(string name) =>
        String(name) ?? throw new UsageException($"Option --{name} is required.");

    public int? Int(string name, int min, int max)
    {
        var text = String(name);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UsageException($"Option --{name} must be a whole number from {min} to {max}, got '{text}'.");
        return value;
    }

    public double? Double(string name, double min, double max)
    {
        var text = String(name);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UsageException($"Option --{name} must be a number from {min} to {max}, got '{text}'.");
        return value;
    }

    /// <summary>Call after reading every known option, so a misspelt one is an error rather than silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).Select(k => "--" + k).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"Unknown option(s): {string.Join(", ", unknown)}.");
    }
}
