using System.Globalization;
using Fokus.Core.Coach;
using Fokus.Core.Model;
using Fokus.Web.Components.Shared;

namespace Fokus.Web.Features.Coach;

/// <summary>A key result's own numbers and words for the coach's suggested rewrite, formatted for the reader.</summary>
internal static class CoachValues
{
    public static SuggestionValues For(KeyResultType type, string? unit, string? currencyCode, decimal? start, decimal? target)
    {
        if (type == KeyResultType.Milestone) return new SuggestionValues(null, null, null);
        var culture = CultureInfo.CurrentCulture;
        // Numbers go bare: the unit is offered as the metric word, which the coach drops when it names an activity ("calls").
        string? Format(decimal? v) => v is not { } value ? null
            : type == KeyResultType.Number ? ValueFormat.Number(value, culture) : ValueFormat.Value(value, type, "", currencyCode, culture);
        return new SuggestionValues(Format(start), Format(target), type == KeyResultType.Number && !string.IsNullOrWhiteSpace(unit) ? unit.Trim() : null);
    }
}
