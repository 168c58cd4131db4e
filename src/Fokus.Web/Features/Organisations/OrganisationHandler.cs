using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Organisations;

internal sealed class OrganisationHandler(IDbContextFactory<FokusDbContext> dbs)
{
    public async Task<Outcome<OrganisationDto>> GetAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == caller.OrganisationId, ct);
        return org is null ? Outcome.NotFound : OrganisationDto.From(org);
    }

    public async Task<Outcome<OrganisationDto>> UpdateAsync(Caller caller, UpdateOrganisationRequest request, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var v = Validate(request);
        if (!v.IsValid) return v.ToOutcome();

        var org = await db.Organisations.FirstOrDefaultAsync(o => o.Id == caller.OrganisationId, ct);
        if (org is null) return Outcome.NotFound;
        org.Name = request.Name!.Trim();
        org.Vision = request.Vision?.Trim() ?? org.Vision;
        org.Mission = request.Mission?.Trim() ?? org.Mission;
        org.DefaultLanguage = request.DefaultLanguage ?? org.DefaultLanguage;
        org.FiscalYearStartMonth = request.FiscalYearStartMonth ?? org.FiscalYearStartMonth;
        org.CheckInWeekday = request.CheckInWeekday ?? org.CheckInWeekday;
        org.Thresholds = request.Thresholds?.ToModel() ?? org.Thresholds;
        org.RollUpAlignedProgress = request.RollUpAlignedProgress ?? org.RollUpAlignedProgress;
        org.NewKeyResultGraceDays = request.NewKeyResultGraceDays ?? org.NewKeyResultGraceDays;
        org.MaxKeyResultsPerObjective = request.MaxKeyResultsPerObjective ?? org.MaxKeyResultsPerObjective;
        await db.SaveChangesAsync(ct);
        return OrganisationDto.From(org);
    }

    private static Validator Validate(UpdateOrganisationRequest r)
    {
        var v = new Validator()
            .Text("name", r.Name, TextLimits.Name)
            .Text("vision", r.Vision, TextLimits.MediumText, required: false)
            .Text("mission", r.Mission, TextLimits.MediumText, required: false)
            .Check(r.DefaultLanguage is null or "sv" or "en", "defaultLanguage", "Validation.Language")
            .Check(r.FiscalYearStartMonth is null or >= 1 and <= 12, "fiscalYearStartMonth", "Validation.Range", 1, 12)
            .Check(r.CheckInWeekday is null || Enum.IsDefined(r.CheckInWeekday.Value), "checkInWeekday", "Validation.Invalid")
            .Check(r.NewKeyResultGraceDays is null or >= 0 and <= Organisation.MaxGraceDays, "newKeyResultGraceDays", "Validation.Range",
                0, Organisation.MaxGraceDays)
            .Check(r.MaxKeyResultsPerObjective is null or >= 1 and <= Organisation.MaxKeyResultsCeiling, "maxKeyResultsPerObjective",
                "Validation.Range", 1, Organisation.MaxKeyResultsCeiling);
        if (r.Thresholds is { } t)
            foreach (var (field, error) in t.ToModel().Validate())
                v.Add($"thresholds.{char.ToLowerInvariant(field[0])}{field[1..]}", $"Validation.Thresholds.{error}");
        return v;
    }
}
