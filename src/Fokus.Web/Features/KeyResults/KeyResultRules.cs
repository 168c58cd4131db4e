using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.KeyResults;

internal static class KeyResultRules
{
    public static async Task<Validator> ValidateAsync(FokusDbContext db, KeyResultInput k, CancellationToken ct)
    {
        var v = Validate(k);
        if (k.OwnerPersonId is { } owner && !await db.People.AnyAsync(p => p.Id == owner, ct))
            v.Add("ownerPersonId", "Validation.NotFound");
        return v;
    }

    public static KeyResult Create(Guid orgId, Guid objectiveId, KeyResultInput k, int sortOrder, DateTimeOffset now)
    {
        var kr = new KeyResult { Id = Guid.CreateVersion7(), OrganisationId = orgId, ObjectiveId = objectiveId, Title = "", CreatedAt = now };
        Apply(kr, k);
        kr.SortOrder = sortOrder;
        kr.CurrentValue = kr.StartValue;
        return kr;
    }

    /// <summary>Copies the definition; the current value only moves through check-ins.</summary>
    public static void Apply(KeyResult kr, KeyResultInput k)
    {
        var milestone = k.Type == KeyResultType.Milestone;
        kr.Title = k.Title!.Trim();
        kr.Description = k.Description?.Trim() ?? "";
        kr.OwnerPersonId = k.OwnerPersonId;
        kr.Type = k.Type!.Value;
        kr.Unit = k.Unit?.Trim() ?? "";
        kr.CurrencyCode = kr.Type == KeyResultType.Currency ? k.CurrencyCode : null;
        kr.Direction = milestone ? Direction.Increase : k.Direction!.Value;
        kr.StartValue = milestone ? 0 : k.StartValue!.Value;
        kr.TargetValue = milestone ? 1 : k.TargetValue!.Value;
        kr.Weight = k.Weight ?? 1m;
        if (k.UnboundedPercent is { } unbounded) kr.UnboundedPercent = unbounded;
        if (kr.Type != KeyResultType.Percent) kr.UnboundedPercent = false;
        if (k.SortOrder is { } order) kr.SortOrder = order;
        // Before the first check-in the key result stands at its start, wherever that moved to.
        if (kr.LastCheckInAt is null)
        {
            kr.CurrentValue = kr.StartValue;
            kr.Done = false;
        }
    }

    public static Validator Validate(KeyResultInput k)
    {
        var v = new Validator()
            .Text("title", k.Title, TextLimits.Title)
            .Text("description", k.Description, TextLimits.LongText, required: false)
            .Defined("type", k.Type)
            .Text("unit", k.Unit, TextLimits.Unit, required: false)
            .Check(k.Weight is not { } w || CheckInPlausibility.IsValidWeight(w), "weight", "Plausible.WeightPositive", CheckInPlausibility.WeightMax)
            .Amount("weight", k.Weight)
            .Amount("startValue", k.StartValue)
            .Amount("targetValue", k.TargetValue);
        if (k.Type == KeyResultType.Milestone) return v;
        v.Defined("direction", k.Direction)
            .Check(k.StartValue is not null, "startValue", "Validation.Required")
            .Check(k.TargetValue is not null, "targetValue", "Validation.Required");
        if (k.Type == KeyResultType.Currency)
            v.Check(k.CurrencyCode is { Length: 3 } c && c.All(char.IsAsciiLetterUpper), "currencyCode", "Validation.Currency");
        if (k is { Direction: Direction.Increase, StartValue: { } s1, TargetValue: { } t1 } && t1 < s1)
            v.Add("targetValue", "Validation.TargetBelowStart");
        if (k is { Direction: Direction.Decrease, StartValue: { } s2, TargetValue: { } t2 } && t2 > s2)
            v.Add("targetValue", "Validation.TargetAboveStart");
        if (k is { Type: { } type, Direction: { } direction, StartValue: { } s3, TargetValue: { } t3 } && s3 == t3
            && !CheckInPlausibility.StartMayEqualTarget(type, direction))
            v.Add("targetValue", "Plausible.StartEqualsTarget");
        if (k.Type is { } percent && CheckInPlausibility.IsBoundedPercent(percent, k.UnboundedPercent ?? false))
        {
            v.Check(k.StartValue is not { } ps || CheckInPlausibility.InPercentRange(ps), "startValue", "Plausible.PercentRange");
            v.Check(k.TargetValue is not { } pt || CheckInPlausibility.InPercentRange(pt), "targetValue", "Plausible.PercentRange");
        }
        return v;
    }
}
