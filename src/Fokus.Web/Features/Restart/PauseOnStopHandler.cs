using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.JSInterop;

namespace Fokus.Web.Features.Restart;

/// <summary>Tells <see cref="RunningCircuits"/> which circuits are open, with the browser each one can ask to pause.</summary>
internal sealed class PauseOnStopHandler(RunningCircuits running, IJSRuntime js) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        running.Opened(circuit.Id, js);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        running.Closed(circuit.Id);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        running.Closed(circuit.Id);
        return Task.CompletedTask;
    }
}
