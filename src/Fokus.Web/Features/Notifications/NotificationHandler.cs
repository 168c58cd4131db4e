using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>A person's own bell and channel choices (every role has them), and the delivery record for admins.</summary>
internal sealed class NotificationHandler(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock)
{
    public async Task<Outcome<Paged<NotificationDto>>> ListAsync(Caller caller, bool unreadOnly, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = PageRequest.Of(page, pageSize, 20);
        await using var db = await dbs.OpenAsync(caller, ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == caller.PersonId);
        if (unreadOnly) mine = mine.Where(n => n.ReadAt == null);
        var total = await mine.CountAsync(ct);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        return new Paged<NotificationDto>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<UnreadCountDto> UnreadAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        return new UnreadCountDto(await db.Notifications.CountAsync(n => n.PersonId == caller.PersonId && n.ReadAt == null, ct));
    }

    /// <summary>Someone else's notification is not found. Marks are written directly: only the person's own bells need them.</summary>
    public async Task<Outcome> MarkReadAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var mine = db.Notifications.Where(n => n.Id == id && n.PersonId == caller.PersonId);
        if (!await mine.AnyAsync(ct)) return Outcome.NotFound;
        var now = clock.GetUtcNow();
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return Outcome.NoContent;
    }

    public async Task<Outcome> MarkAllReadAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.PersonId == caller.PersonId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return Outcome.NoContent;
    }

    public async Task<NotificationPreferencesDto> PreferencesAsync(Caller caller, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var p = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == caller.PersonId, ct)
                ?? new NotificationPreference();
        return new NotificationPreferencesDto(p.InApp, p.Email, p.Chat, p.DigestEmail, p.Muted);
    }

    public async Task<Outcome<NotificationPreferencesDto>> SavePreferencesAsync(Caller caller, SavePreferencesRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await db.People.AnyAsync(p => p.Id == caller.PersonId, ct)) return Outcome.NotFound;
        var p = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.PersonId == caller.PersonId, ct);
        if (p is null)
        {
            p = new NotificationPreference { PersonId = caller.PersonId, OrganisationId = caller.OrganisationId };
            db.NotificationPreferences.Add(p);
        }
        p.InApp = r.InApp ?? p.InApp;
        p.Email = r.Email ?? p.Email;
        p.Chat = r.Chat ?? p.Chat;
        p.DigestEmail = r.DigestEmail ?? p.DigestEmail;
        p.Muted = r.Muted ?? p.Muted;
        try { await db.SaveChangesAsync(ct); }
        // Two first saves at once: the other one created the row; apply this choice to it.
        catch (DbUpdateException) { return await SavePreferencesAsync(caller, r, ct); }
        return new NotificationPreferencesDto(p.InApp, p.Email, p.Chat, p.DigestEmail, p.Muted);
    }

    /// <summary>Every delivery and failure of the organisation, newest first (admins only).</summary>
    public async Task<Outcome<Paged<DeliveryDto>>> DeliveriesAsync(Caller caller, DeliveryState? state, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = PageRequest.Of(page, pageSize);
        await using var db = await dbs.OpenAsync(caller, ct);
        if ((await db.AllowAsync(caller, AccessRules.CanManageOrganisation, ct)).Denied is { } denied) return denied;
        var rows = db.Deliveries.AsNoTracking();
        if (state is { } s) rows = rows.Where(d => d.State == s);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(d => new DeliveryDto(d.Id, d.Kind, d.Channel, d.RecipientId, d.SubjectId, d.DueDate, d.State, d.Attempts, d.LastError,
                d.CreatedAt, d.SentAt, d.NextAttemptAt)).ToListAsync(ct);
        return new Paged<DeliveryDto>(items, paging.Page, paging.PageSize, total);
    }
}
