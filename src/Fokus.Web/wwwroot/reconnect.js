// The reconnect dialog (Components/Layout/ReconnectModal.razor): Blazor sets the state classes and raises
// "components-reconnect-state-changed"; this opens and closes the dialog and wires the two buttons.
const modal = document.getElementById('components-reconnect-modal');

if (modal) {
    modal.addEventListener('components-reconnect-state-changed', onStateChanged);
    document.getElementById('components-reconnect-button')?.addEventListener('click', retry);
    document.getElementById('components-resume-button')?.addEventListener('click', resume);
}

function onStateChanged(event) {
    const state = event.detail.state;
    if (state === 'show') {
        if (!modal.open) modal.showModal();
    } else if (state === 'hide') {
        modal.close();
    } else if (state === 'failed') {
        document.addEventListener('visibilitychange', retryWhenVisible);
    } else if (state === 'rejected' || (state === 'resume-failed' && event.detail.remote === true)) {
        location.reload();
    }
}

async function retry() {
    document.removeEventListener('visibilitychange', retryWhenVisible);
    try {
        // true: back on the same circuit; false: the server answered but the circuit is gone, so try to resume it.
        if (await Blazor.reconnect()) return;
        if (await Blazor.resumeCircuit()) modal.close();
        else location.reload();
    } catch {
        // The server is still away; try again when the tab is looked at.
        document.addEventListener('visibilitychange', retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) location.reload();
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === 'visible') await retry();
}
