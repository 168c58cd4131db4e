using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Fokus.Browser.Tests;

/// <summary>
/// Collects Content-Security-Policy violations two ways: Chromium's console line ("Refused to …") and the page's own
/// securitypolicyviolation event, recorded by an init script and handed to the test through an exposed function (both
/// go through DevTools, which the policy does not govern), so they survive navigations.
/// </summary>
internal sealed class CspWatch
{
    private readonly ConcurrentQueue<string> found = new();

    public static async Task<CspWatch> StartAsync(IBrowserContext context)
    {
        var watch = new CspWatch();
        await context.ExposeFunctionAsync<string>("__cspReport", watch.found.Enqueue);
        await context.AddInitScriptAsync(
            """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => {
              const text = e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber;
              window.__cspViolations.push(text);
              window.__cspReport(text);
            });
            """);
        return watch;
    }

    public void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                found.Enqueue("console: " + message.Text);
        };
    }

    /// <summary>Everything refused so far, on every page the context opened.</summary>
    public IReadOnlyList<string> Found => [.. found];
}
