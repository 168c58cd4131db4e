using System.Globalization;
using Fokus.Web.Features.KeyResults;
using Fokus.Web.Infrastructure;

namespace Fokus.Web.Features.Objectives;

/// <summary>How a save from the editor went. Errors are keyed like the API's ("title", "keyResults[1].targetValue").</summary>
public sealed record EditorSaveResult(ObjectiveDto? Saved, IDictionary<string, string[]> Errors, ObjectiveDto? StaleAgainst = null,
    bool Forbidden = false)
{
    public bool Succeeded => Saved is not null && Errors.Count == 0 && StaleAgainst is null && !Forbidden;
}

/// <summary>
/// Saves the editor's draft through the same handlers as the API: the objective first (stale versions answer with the
/// newer objective), then each new, changed, moved or removed key result. The draft keeps what was typed throughout.
/// </summary>
internal sealed class ObjectiveEditorSave(ObjectiveCommands objectives, ObjectiveQueries queries, KeyResultHandler keyResults)
{
    public async Task<EditorSaveResult> SaveAsync(Caller caller, ObjectiveDraft draft, CancellationToken ct)
    {
        if (draft.Id is not { } id)
        {
            var created = await objectives.CreateAsync(caller, draft.ToCreate(), ct);
            if (!created.Succeeded) return Failed(created.Kind, created.Errors);
            draft.Id = created.Value!.Id;
            draft.Version = created.Value.Version;
            draft.Saved = draft.ToUpdate();
            var stored = created.Value.KeyResults.OrderBy(k => k.SortOrder).ToList();
            for (var i = 0; i < Math.Min(stored.Count, draft.KeyResults.Count); i++)
            {
                draft.KeyResults[i].Id = stored[i].Id;
                draft.KeyResults[i].MarkSaved(stored[i].Version, i);
            }
            return new EditorSaveResult(created.Value, new Dictionary<string, string[]>());
        }

        if (draft.ToUpdate() != draft.Saved)
        {
            var updated = await objectives.UpdateAsync(caller, id, draft.ToUpdate(), ct);
            if (updated.Kind == OutcomeKind.Conflict) return new EditorSaveResult(null, new Dictionary<string, string[]>(), updated.Current as ObjectiveDto);
            if (!updated.Succeeded) return Failed(updated.Kind, updated.Errors);
            draft.Version = updated.Value!.Version;
            draft.Saved = draft.ToUpdate();
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var removed in draft.Removed.ToList())
        {
            var deleted = await keyResults.DeleteAsync(caller, removed.Id!.Value, ct);
            if (deleted.Succeeded || deleted.Kind == OutcomeKind.NotFound) draft.Removed.Remove(removed);
            else errors["keyResults"] = [SharedText.Get(deleted.Kind == OutcomeKind.Forbidden ? "Common.Forbidden" : "Editor.RemoveFailed")];
        }
        for (var i = 0; i < draft.KeyResults.Count; i++)
            await SaveKeyResultAsync(caller, id, draft.KeyResults[i], i, errors, ct);

        var saved = (await queries.GetAsync(caller, id, ct)).Value;
        return new EditorSaveResult(saved, errors);
    }

    private async Task SaveKeyResultAsync(Caller caller, Guid objectiveId, KeyResultDraft kr, int index,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var prefix = $"keyResults[{index}]";
        if (kr.Id is null)
        {
            var created = await keyResults.CreateAsync(caller, objectiveId, kr.ToInput(index), ct);
            if (created.Succeeded) { kr.Id = created.Value!.Id; kr.MarkSaved(created.Value.Version, index); }
            else Collect(errors, prefix, created.Kind, created.Errors);
            return;
        }
        if (!kr.ChangedSince(index)) return;
        var updated = await keyResults.UpdateAsync(caller, kr.Id.Value, kr.ToUpdate(index), ct);
        if (updated.Succeeded) { kr.MarkSaved(updated.Value!.Version, index); return; }
        if (updated.Kind == OutcomeKind.Conflict && updated.Current is KeyResultDto theirs)
        {
            // Saving again keeps the person's values on purpose; the message shows what they would replace.
            kr.Version = theirs.Version;
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
