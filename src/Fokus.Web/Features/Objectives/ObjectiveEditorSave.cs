using System.Globalization;
using Fokus.Web.Features.KeyResults;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Objectives;

/// <summary>How a save from the editor went. Errors are keyed like the API's ("title", "keyResults[1].targetValue").</summary>
public sealed record EditorSaveResult(ObjectiveDto? Saved, IDictionary<string, string[]> Errors, ObjectiveDto? StaleAgainst = null,
    bool Forbidden = false)
{
    public bool Succeeded => Saved is not null && Errors.Count == 0 && StaleAgainst is null && !Forbidden;
}

/// <summary>
/// Saves the editor's draft through the same handlers as the API, in one transaction: the objective first (stale
/// versions answer with the newer objective), then each new, changed, moved or removed key result. Any error rolls
/// everything back, so no half edit is ever stored; the draft keeps what was typed and learns its new ids and
/// versions only after the commit.
/// </summary>
internal sealed class ObjectiveEditorSave(IDbContextFactory<FokusDbContext> dbs, ObjectiveCommands objectives, KeyResultHandler keyResults,
    TimeProvider clock)
{
    public async Task<EditorSaveResult> SaveAsync(Caller caller, ObjectiveDraft draft, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        // A retrying execution strategy replays the whole unit, so each attempt starts clean.
        var (result, marks) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var attemptMarks = new DraftMarks();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var attempt = await SaveInAsync(db, caller, draft, attemptMarks, ct);
            if (attempt.Succeeded) await tx.CommitAsync(ct);
            else await tx.RollbackAsync(ct);
            return (attempt, attemptMarks);
        });
        // Only the last attempt's marks count; a retried attempt never saw the draft change under it.
        if (result.Succeeded) marks.OnCommit.ForEach(mark => mark());
        marks.Always.ForEach(mark => mark());
        return result;
    }

    private async Task<EditorSaveResult> SaveInAsync(FokusDbContext db, Caller caller, ObjectiveDraft draft, DraftMarks marks, CancellationToken ct)
    {
        // Only adding is refused: an objective from before a lowered limit can still be edited or trimmed.
        if (draft.KeyResults.Any(k => k.Id is null))
        {
            var limit = KeyResultLimit.Check(new Validator(), draft.KeyResults.Count, await KeyResultLimit.OfAsync(db, caller.OrganisationId, ct));
            if (!limit.IsValid) return new EditorSaveResult(null, limit.Errors);
        }
        if (draft.Id is not { } id)
        {
            var created = await objectives.CreateInAsync(db, caller, draft.ToCreate(), ct);
            if (!created.Succeeded) return Failed(created.Kind, created.Errors);
            var saved = created.Value!;
            marks.OnCommit.Add(() =>
            {
                draft.Id = saved.Id;
                draft.Version = saved.Version;
                draft.Saved = draft.ToUpdate();
                var stored = saved.KeyResults.OrderBy(k => k.SortOrder).ToList();
                for (var i = 0; i < Math.Min(stored.Count, draft.KeyResults.Count); i++)
                {
                    draft.KeyResults[i].Id = stored[i].Id;
                    draft.KeyResults[i].MarkSaved(stored[i].Version, i);
                }
            });
            return new EditorSaveResult(saved, new Dictionary<string, string[]>());
        }

        if (draft.ToUpdate() != draft.Saved)
        {
            var update = draft.ToUpdate();
            var updated = await objectives.UpdateInAsync(db, caller, id, update, ct);
            if (updated.Kind == OutcomeKind.Conflict) return new EditorSaveResult(null, new Dictionary<string, string[]>(), updated.Current as ObjectiveDto);
            if (!updated.Succeeded) return Failed(updated.Kind, updated.Errors);
            var version = updated.Value!.Version;
            marks.OnCommit.Add(() => { draft.Version = version; draft.Saved = update; });
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var removed in draft.Removed.ToList())
        {
            var deleted = await keyResults.DeleteInAsync(db, caller, removed.Id!.Value, ct);
            if (deleted.Succeeded || deleted.Kind == OutcomeKind.NotFound) marks.OnCommit.Add(() => draft.Removed.Remove(removed));
            else errors["keyResults"] = [SharedText.Get(deleted.Kind == OutcomeKind.Forbidden ? "Common.Forbidden" : "Editor.RemoveFailed")];
        }
        for (var i = 0; i < draft.KeyResults.Count; i++)
            await SaveKeyResultAsync(db, caller, id, draft.KeyResults[i], i, errors, marks, ct);
        if (errors.Count > 0) return new EditorSaveResult(null, errors);

        var dto = await ObjectiveQueries.LoadDtoAsync(db, caller.OrganisationId, id, clock, ct);
        return new EditorSaveResult(dto, errors);
    }

    private async Task SaveKeyResultAsync(FokusDbContext db, Caller caller, Guid objectiveId, KeyResultDraft kr, int index,
        Dictionary<string, string[]> errors, DraftMarks marks, CancellationToken ct)
    {
        var prefix = $"keyResults[{index}]";
        if (kr.Id is null)
        {
            var created = await keyResults.CreateInAsync(db, caller, objectiveId, kr.ToInput(index), ct);
            if (created.Succeeded) { var (newId, version) = (created.Value!.Id, created.Value.Version); marks.OnCommit.Add(() => { kr.Id = newId; kr.MarkSaved(version, index); }); }
            else Collect(errors, prefix, created.Kind, created.Errors);
            return;
        }
        if (!kr.ChangedSince(index)) return;
        var updated = await keyResults.UpdateInAsync(db, caller, kr.Id.Value, kr.ToUpdate(index), ct);
        if (updated.Succeeded) { var version = updated.Value!.Version; marks.OnCommit.Add(() => kr.MarkSaved(version, index)); return; }
        if (updated.Kind == OutcomeKind.Conflict && updated.Current is KeyResultDto theirs)
        {
            // Saving again keeps the person's values on purpose; the message shows what they would replace.
            var theirVersion = theirs.Version;
            marks.Always.Add(() => kr.Version = theirVersion);
            errors[$"{prefix}.title"] = [string.Format(CultureInfo.CurrentCulture, SharedText.Get("Editor.KeyResultStale"), theirs.Title, theirs.TargetValue)];
            return;
        }
        Collect(errors, prefix, updated.Kind, updated.Errors);
    }

    private static void Collect(Dictionary<string, string[]> errors, string prefix, OutcomeKind kind, IDictionary<string, string[]>? fieldErrors)
    {
        if (kind == OutcomeKind.Invalid && fieldErrors is not null)
            foreach (var (field, messages) in fieldErrors) errors[$"{prefix}.{field}"] = messages;
        else errors[$"{prefix}.title"] = [SharedText.Get(kind == OutcomeKind.Forbidden ? "Common.Forbidden" : "Common.NotFound")];
    }

    private static EditorSaveResult Failed(OutcomeKind kind, IDictionary<string, string[]>? errors) => kind switch
    {
        OutcomeKind.Invalid => new EditorSaveResult(null, errors ?? new Dictionary<string, string[]>()),
        OutcomeKind.Forbidden => new EditorSaveResult(null, new Dictionary<string, string[]>(), Forbidden: true),
        _ => new EditorSaveResult(null, new Dictionary<string, string[]> { [""] = [SharedText.Get("Common.NotFound")] }),
    };
}

/// <summary>What the draft learns from a save: ids and versions only once committed; the newer version met in a conflict always.</summary>
internal sealed record DraftMarks
{
    public List<Action> OnCommit { get; } = [];
    public List<Action> Always { get; } = [];
}
