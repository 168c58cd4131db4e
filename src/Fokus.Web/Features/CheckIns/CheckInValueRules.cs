using System.Globalization;
using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.CheckIns;

/// <summary>A check-in value against its key result, for new check-ins and corrections alike (the rule is Core's).</summary>
internal static class CheckInValueRules
{
    public const string OutlierKey = "Plausible.Outlier";

    public static Validator Check(Validator v, KeyResult kr, decimal? value, bool confirmOutlier)
    {
        if (kr.Type == KeyResultType.Milestone || value is not { } x) return v;
        return CheckInPlausibility.Judge(kr, x) switch
        {
            Plausibility.OutOfPercentRange => v.Add("value", "Plausible.PercentRange"),
            // Far outside is possible (a record month), so it is asked about, not refused: the flag says "yes, really".
            Plausibility.Outlier when !confirmOutlier => v.Add("value", OutlierKey, Number(kr.StartValue), Number(kr.TargetValue)),
            _ => v,
        };
    }

    // PostgreSQL gives numeric(18,4) back with four decimals; people wrote "100", not "100.0000".
    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);
}
