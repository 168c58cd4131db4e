using System.Globalization;
using Fokus.Core.Coach;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Coach;

internal sealed record AnalyzeRequest(string? Text, string? Kind, string? Language);

/// <summary>The coach's answer for one text; classification is set for key results only.</summary>
internal sealed record AnalyzeResponse(string Language, KeyResultClass? Classification, int Score, IReadOnlyList<CoachFinding> Findings);

internal sealed record KeyResultCoaching(Guid Id, string Title, AnalyzeResponse Analysis);

internal sealed record ObjectiveCoaching(Guid ObjectiveId, string Language, int Score, IReadOnlyList<CoachFinding> Findings,
    IReadOnlyList<KeyResultCoaching> KeyResults);

/// <summary>Runs the offline coach in Fokus.Core for a draft text or a saved objective with its key results.</summary>
internal sealed class CoachHandler(IDbContextFactory<FokusDbContext> dbs)
{
    private static string Reader => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? "sv" : "en";

    public Outcome<AnalyzeResponse> Analyze(AnalyzeRequest r)
    {
        var kind = r.Kind ?? "keyResult";
        var v = new Validator()
            .Text("text", r.Text, KeyResultCoach.MaxLength)
            .Check(kind is "keyResult" or "objective", "kind", "Validation.Invalid")
            .Check(r.Language is null || Lexicon.Has(r.Language), "language", "Validation.Language");
        if (!v.IsValid) return v.ToOutcome();
        if (kind == "objective")
        {
            var objective = ObjectiveCoach.AnalyzeText(r.Text!, r.Language, Reader);
            return new AnalyzeResponse(objective.Language, null, objective.Score, objective.Findings);
        }
        var kr = KeyResultCoach.Analyze(r.Text!, r.Language, Reader);
        return new AnalyzeResponse(kr.Language, kr.Classification, kr.Score, kr.Findings);
    }

    public async Task<Outcome<ObjectiveCoaching>> ObjectiveAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var objective = await db.Objectives.AsNoTracking().Include(o => o.KeyResults)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (objective is null) return Outcome.NotFound;
        var hasStrategic = await db.Objectives.AnyAsync(o => o.Level == ObjectiveLevel.Strategic && o.Id != id, ct);
        var krs = objective.KeyResults.OrderBy(k => k.SortOrder).ToList();
        var draft = HealthHandler.Draft(objective, hasStrategic) with
        {
            HasParent = objective.ParentObjectiveId is not null || objective.Level == ObjectiveLevel.Strategic,
        };
        var analysis = ObjectiveCoach.Analyze(draft, null, Reader);
        return new ObjectiveCoaching(objective.Id, analysis.Language, analysis.Score, analysis.Findings,
            krs.Zip(analysis.KeyResults, (k, a) => new KeyResultCoaching(k.Id, k.Title,
                new AnalyzeResponse(a.Language, a.Classification, a.Score, a.Findings))).ToList());
    }
}
