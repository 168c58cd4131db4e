using System.Globalization;
using Fokus.Core.Model;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Notifications;

/// <summary>
/// Bell notifications from people talking about check-ins: the author hears of reactions and comments, and anyone
/// named as @First Last (or @First, when only one person has that first name) hears of the mention.
/// Added to the same save as the comment or reaction, in each recipient's language, unless they turned the bell off.
/// </summary>
internal static class CheckInNotices
{
    public static async Task AddForCommentAsync(FokusDbContext db, Caller caller, Guid checkInId, string text, DateTimeOffset at, CancellationToken ct)
    {
        var target = await TargetAsync(db, checkInId, ct);
        if (target is null) return;
        var people = await db.People.Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var mentioned = Mentions(text, people.Select(p => (p.Id, p.Name))).Where(id => id != caller.PersonId).ToHashSet();
        var body = text.Length > Notification.BodyMaxLength ? text[..Notification.BodyMaxLength] : text;
        foreach (var id in mentioned)
            await AddAsync(db, caller, id, NotificationKind.Mention, "Notice.Mention", body, target.Value.KeyResultId, at, ct);
        if (target.Value.AuthorId is { } author && author != caller.PersonId && !mentioned.Contains(author))
            await AddAsync(db, caller, author, NotificationKind.Comment, "Notice.Comment", body, target.Value.KeyResultId, at, ct);
    }

    public static async Task AddForReactionAsync(FokusDbContext db, Caller caller, Guid checkInId, ReactionKind kind, DateTimeOffset at, CancellationToken ct)
    {
        var target = await TargetAsync(db, checkInId, ct);
        if (target?.AuthorId is not { } author || author == caller.PersonId) return;
        await AddAsync(db, caller, author, NotificationKind.Reaction, $"Notice.Reaction.{kind}", "", target.Value.KeyResultId, at, ct);
    }

    /// <summary>The people a text names with @: the full name first, then a first name that only one person has.</summary>
    public static IEnumerable<Guid> Mentions(string text, IEnumerable<(Guid Id, string Name)> people)
    {
        if (!text.Contains('@')) yield break;
        var list = people.Where(p => p.Name.Length > 0).ToList();
        var firstNames = list.GroupBy(p => p.Name.Split(' ')[0], StringComparer.CurrentCultureIgnoreCase)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.CurrentCultureIgnoreCase);
        foreach (var p in list)
        {
            if (text.Contains("@" + p.Name, StringComparison.CurrentCultureIgnoreCase)) { yield return p.Id; continue; }
            var first = p.Name.Split(' ')[0];
            if (firstNames.TryGetValue(first, out var only) && only == p.Id && NamesWord(text, "@" + first)) yield return p.Id;
        }
    }

    private static bool NamesWord(string text, string tag)
    {
        var at = text.IndexOf(tag, StringComparison.CurrentCultureIgnoreCase);
        return at >= 0 && (at + tag.Length == text.Length || !char.IsLetter(text[at + tag.Length]));
    }

    private static async Task<(Guid KeyResultId, Guid? AuthorId)?> TargetAsync(FokusDbContext db, Guid checkInId, CancellationToken ct)
    {
        var c = await db.CheckIns.Where(x => x.Id == checkInId).Select(x => new { x.KeyResultId, x.AuthorPersonId }).FirstOrDefaultAsync(ct);
        return c is null ? null : (c.KeyResultId, c.AuthorPersonId);
    }

    private static async Task AddAsync(FokusDbContext db, Caller caller, Guid personId, NotificationKind kind, string titleKey, string body,
        Guid keyResultId, DateTimeOffset at, CancellationToken ct)
    {
        var reader = await db.People.Where(p => p.Id == personId)
            .Select(p => new { p.Language, Org = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.DefaultLanguage).First(),
                InApp = db.NotificationPreferences.Where(n => n.PersonId == p.Id).Select(n => (bool?)n.InApp).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (reader is null || reader.InApp == false) return;
        var culture = new CultureInfo(reader.Language ?? reader.Org);
        db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, PersonId = personId, Kind = kind,
            Title = SharedText.Format(culture, titleKey, caller.Name), Body = body, Link = $"/key-results/{keyResultId}", CreatedAt = at,
        });
    }
}
