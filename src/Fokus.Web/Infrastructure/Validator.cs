namespace Fokus.Web.Infrastructure;

/// <summary>Collects field errors (camelCase JSON paths) with messages in the caller's language.</summary>
internal sealed class Validator
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public Validator Add(string field, string key, params object[] args)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(args.Length == 0 ? SharedText.Get(key) : SharedText.Format(key, args));
        return this;
    }

    public Validator Check(bool ok, string field, string key, params object[] args) => ok ? this : Add(field, key, args);

    public Validator Text(string field, string? value, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
            return required ? Add(field, "Validation.Required") : this;
        return Check(value.Length <= max, field, "Validation.TooLong", max);
    }

    public Validator Range(string field, decimal? value, decimal min, decimal max) =>
        value is null ? this : Check(value >= min && value <= max, field, "Validation.Range", min, max);

    /// <summary>Values are stored as numeric(18,4) on PostgreSQL; more decimals would be rounded away silently.</summary>
    public Validator Amount(string field, decimal? value)
    {
        if (value is not { } v) return this;
        Range(field, v, -1_000_000_000_000m, 1_000_000_000_000m);
        return Check(v.Scale <= 4 || decimal.Round(v, 4) == v, field, "Validation.Decimals", 4);
    }

    public Validator Defined<TEnum>(string field, TEnum? value) where TEnum : struct, Enum =>
        value is null ? Add(field, "Validation.Required") : Check(Enum.IsDefined(value.Value), field, "Validation.Invalid");

    public Validator Merge(string prefix, Validator inner)
    {
        foreach (var (field, messages) in inner.errors)
            foreach (var m in messages)
            {
                var key = $"{prefix}.{field}";
                if (!errors.TryGetValue(key, out var list)) errors[key] = list = [];
                list.Add(m);
            }
        return this;
    }

    public Dictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Outcome ToOutcome() => Outcome.Invalid(Errors);
}
