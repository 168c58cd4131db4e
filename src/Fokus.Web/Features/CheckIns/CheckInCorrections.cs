using Fokus.Web.Components.Shared;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Fokus.Web.Features.CheckIns;

/// <summary>
/// Correcting a check-in from the key-result page: the edit dialog, and removal with a confirmation and a 10-second
/// undo. One per circuit (scoped), so the undo in the snackbar keeps working when the page that offered it has gone.
/// The removal itself is committed at once and undone by restoring the same row (why: CheckInCommands.RestoreAsync).
/// </summary>
internal sealed class CheckInCorrections(CheckInCommands commands, IDialogService dialogs, ISnackbar snackbar,
    IStringLocalizer<SharedResource> L, TimeProvider clock, ILogger<CheckInCorrections> logger)
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromSeconds(10);

    public async Task EditAsync(UiUser user, KeyResultDto keyResult, CheckInDto checkIn)
    {
        var parameters = new DialogParameters<CheckInEditDialog>
        {
            { d => d.KeyResult, keyResult }, { d => d.CheckIn, checkIn }, { d => d.User, user },
        };
        var dialog = await dialogs.ShowAsync<CheckInEditDialog>(L["Corrections.EditCheckIn"], parameters, DialogDefaults.Form);
        if (await dialog.Result is { Canceled: false }) snackbar.Add(L["Corrections.CheckInSaved"], Severity.Success);
    }

    public async Task DeleteAsync(UiUser user, CheckInDto checkIn)
    {
        var sure = await dialogs.ShowMessageBoxAsync(L["Corrections.DeleteTitle"], L["Corrections.DeleteConfirm"],
            yesText: L["Common.Delete"], cancelText: L["Common.Cancel"]);
        if (sure != true) return;
        Outcome<RemovedCheckIn> outcome;
        try { outcome = await commands.RemoveAsync(user.Caller, checkIn.Id, CancellationToken.None); }
        catch (Exception e)
        {
            logger.LogError(e, "Removing check-in {CheckInId} failed", checkIn.Id);
            snackbar.Add(L["Common.SaveFailed"], Severity.Error);
            return;
        }
        if (outcome.Value is not { } removed)
        {
            snackbar.Add(FieldErrors.Of(outcome).Summary() ?? L["Common.SaveFailed"], Severity.Error);
            return;
        }
        var at = clock.GetUtcNow();
        var undoFailed = L["Corrections.UndoFailed"].Value;
        snackbar.Add(L["Corrections.CheckInDeleted"], Severity.Normal, config =>
        {
            config.Action = L["Corrections.Undo"];
            config.ActionColor = Color.Primary;
            config.RequireInteraction = false;
            config.VisibleStateDuration = (int)UndoWindow.TotalMilliseconds;
            config.OnClick = async _ =>
            {
                // The snackbar may still be fading out a moment after the window closed.
                if (clock.GetUtcNow() - at > UndoWindow + TimeSpan.FromSeconds(1)) return;
                var restored = await commands.RestoreAsync(user.Caller, removed, CancellationToken.None);
                if (!restored.Succeeded) snackbar.Add(FieldErrors.Of(restored).Summary() ?? undoFailed, Severity.Error);
            };
        });
    }
}
