// Typed text survives a server restart (docs/readme-restart.md). A stopping server calls fokusRestart.pause on every
// open page: the page pauses its circuit (Blazor persists what the components hold), waits until a new server process
// answers, and resumes into a new circuit with that state. If resuming fails, the page reloads as it did before.
window.fokusRestart = {
    pause(instance) {
        // Answer the server's call first; the pause itself goes over the same connection.
        setTimeout(() => pauseAndResume(instance), 0);
    },
};

async function pauseAndResume(instance) {
    // A field still being typed in sends its value on change: leaving it first puts that value in the paused state
    // (the change reaches the circuit before the pause, over the same connection).
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    await Blazor.pauseCircuit();
    for (;;) {
        await new Promise(resolve => setTimeout(resolve, 1000));
        let now;
        try {
            const answer = await fetch('restart/instance', { cache: 'no-store' });
            if (!answer.ok) continue;
            now = await answer.text();
        } catch {
            continue; // still down
        }
        if (now === instance) continue; // the old process, still stopping
        // resumed: what a test (and a curious reader) can check; a failed resume reloads as before.
        window.fokusRestart.resumed = await Blazor.resumeCircuit();
        if (!window.fokusRestart.resumed) location.reload();
        return;
    }
}
