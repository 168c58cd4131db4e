using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Fokus.Data;
using Fokus.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fokus.Web.Features.Auth;

/// <summary>
/// "Forgot password" requests wait here and are mailed in the background, so the answer to the request takes the
/// same time whether or not the address has an account. Bounded: a flood drops requests instead of growing.
/// </summary>
internal sealed class ResetMailQueue(TimeProvider clock)
{
    /// <summary>One mail per address and minute on this node, so nobody floods a person's inbox.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromMinutes(1);

    private readonly Channel<string> queue = Channel.CreateBounded<string>(new BoundedChannelOptions(1000)
        { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly ConcurrentDictionary<string, DateTimeOffset> recent = new(StringComparer.OrdinalIgnoreCase);

    public void Enqueue(string email)
    {
        var now = clock.GetUtcNow();
        if (recent.TryGetValue(email, out var last) && now - last < Spacing) return;
        recent[email] = now;
        if (recent.Count > 10_000)
            foreach (var old in recent.Where(r => now - r.Value >= Spacing).Select(r => r.Key).ToList()) recent.TryRemove(old, out _);
        queue.Writer.TryWrite(email);
    }

    public ChannelReader<string> Reader => queue.Reader;
}

/// <summary>Writes and sends one reset e-mail through the SMTP path of Notifications, in the person's language.</summary>
internal sealed class ResetMail(UserManager<FokusUser> users, IDbContextFactory<FokusDbContext> dbs, EmailSender email,
    IOptionsMonitor<RhythmOptions> links, ILogger<ResetMail> log)
{
    public async Task SendAsync(string address, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(address);
        if (user is null) return;
        // A reset is asked for by address, before anyone is signed in: the person is found across organisations.
        await using var db = await dbs.OpenAcrossOrganisationsAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.UserId == user.Id)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Name, p.Email, p.Language, o.DefaultLanguage })
            .FirstOrDefaultAsync(ct);
        if (person is null) return;
        if (!email.Enabled)
        {
            log.LogWarning("A password reset was asked for, but e-mail is off (Fokus:Smtp:Host is empty).");
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.CurrentValue.Link($"/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}");
        var text = MessageText.For(person.Language, person.DefaultLanguage);
        var minutes = (int)ResetTokens.Lifetime.TotalMinutes;
        var body = text.Format("Auth.ResetMailBody", person.Name, minutes);
        var html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(text["Auth.ResetMailLink"])}</a></p>"
            + $"<p>{WebUtility.HtmlEncode(text["Auth.ResetMailIgnore"])}</p>";
        var plain = $"{body}\n\n{link}\n\n{text["Auth.ResetMailIgnore"]}\n";
        var errors = await email.SendAsync([new EmailMessage(person.Name, person.Email, text["Auth.ResetMailSubject"], html, plain)], ct);
        if (errors[0] is { } error) log.LogWarning("Password reset e-mail failed: {Error}", error);
    }
}

internal sealed class ResetMailService(ResetMailQueue queue, IServiceScopeFactory scopes, ILogger<ResetMailService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var address in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ResetMail>().SendAsync(address, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Password reset e-mail could not be prepared.");
            }
        }
    }
}
