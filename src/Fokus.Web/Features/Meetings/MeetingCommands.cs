using Fokus.Core.Model;
using Fokus.Core.Rules;
using Fokus.Data;
using Fokus.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fokus.Web.Features.Meetings;

/// <summary>Starting, running and ending a meeting. Anyone but a viewer takes part; an ended meeting keeps its record.</summary>
internal sealed class MeetingCommands(IDbContextFactory<FokusDbContext> dbs, TimeProvider clock, MeetingQueries queries)
{
    public async Task<Outcome<MeetingDto>> StartAsync(Caller caller, Guid teamId, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, ct)) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanContribute, ct)).Denied is { } denied) return denied;
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(), OrganisationId = caller.OrganisationId, TeamId = teamId, StartedAt = clock.GetUtcNow(),
            AttendeeIds = [caller.PersonId], StartedByPersonId = caller.PersonId,
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return Outcome.Created((await queries.GetAsync(caller, meeting.Id, ct)).Value!);
    }

    public async Task<Outcome<MeetingDto>> UpdateAsync(Caller caller, Guid id, UpdateMeetingRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanContribute, ct)).Denied is { } denied) return denied;
        var attendees = (r.AttendeeIds ?? []).Distinct().ToList();
        var known = await db.People.CountAsync(p => attendees.Contains(p.Id), ct);
        var v = new Validator().Text("notes", r.Notes, TextLimits.MeetingNotes, required: false)
            .Check(known == attendees.Count, "attendeeIds", "Validation.NotFound")
            .Check(meeting.EndedAt is null, "id", "Meeting.Ended");
        if (!v.IsValid) return v.ToOutcome();
        meeting.Notes = r.Notes?.Trim() ?? meeting.Notes;
        if (r.AttendeeIds is not null) meeting.AttendeeIds = attendees;
        if (r.End == true) meeting.EndedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(caller, id, ct)).Value!;
    }

    public async Task<Outcome<MeetingItemDto>> AddItemAsync(Caller caller, Guid meetingId, AddMeetingItemRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanContribute, ct)).Denied is { } denied) return denied;
        var org = caller.OrganisationId;
        var v = new Validator().Defined("kind", r.Kind).Text("text", r.Text, TextLimits.MeetingItem)
            .Check(r.KeyResultId is not { } k || await db.KeyResults.AnyAsync(x => x.Id == k, ct), "keyResultId", "Validation.NotFound")
            .Check(r.InitiativeId is not { } i || await db.Initiatives.AnyAsync(x => x.Id == i, ct), "initiativeId", "Validation.NotFound")
            .Check(r.OwnerPersonId is not { } p || await db.People.AnyAsync(x => x.Id == p, ct), "ownerPersonId", "Validation.NotFound")
            .Check(meeting.EndedAt is null, "meetingId", "Meeting.Ended");
        if (!v.IsValid) return v.ToOutcome();
        var item = new MeetingItem
        {
            Id = Guid.CreateVersion7(), OrganisationId = org, MeetingId = meetingId, Kind = r.Kind!.Value, Text = r.Text!.Trim(),
            KeyResultId = r.KeyResultId, InitiativeId = r.InitiativeId, OwnerPersonId = r.OwnerPersonId, DueDate = r.DueDate, CreatedAt = clock.GetUtcNow(),
        };
        db.MeetingItems.Add(item);
        await db.SaveChangesAsync(ct);
        // Only the item's own key-result title and owner name are read, not the meeting's whole agenda.
        var titles = await db.KeyResults.Where(k => k.Id == item.KeyResultId).ToDictionaryAsync(k => k.Id, k => k.Title, ct);
        var names = await db.People.Where(p => p.Id == item.OwnerPersonId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return Outcome.Created(MeetingQueries.ItemDto(item, titles, names));
    }

    /// <summary>Actions are ticked off in a later meeting, so this works after their own meeting ended.</summary>
    public async Task<Outcome> SetDoneAsync(Caller caller, Guid itemId, SetItemDoneRequest r, CancellationToken ct)
    {
        await using var db = await dbs.OpenAsync(caller, ct);
        var item = await db.MeetingItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcome.NotFound;
        if ((await db.AllowAsync(caller, AccessRules.CanContribute, ct)).Denied is { } denied) return denied;
        if (r.Done is null) return Outcome.Invalid("done", SharedText.Get("Validation.Required"));
        item.DoneAt = r.Done.Value ? item.DoneAt ?? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        return Outcome.NoContent;
    }
}
