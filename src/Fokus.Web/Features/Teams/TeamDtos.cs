using Fokus.Core.Model;

namespace Fokus.Web.Features.Teams;

public sealed record TeamDto(Guid Id, string Name, string Description, Guid? ParentTeamId, Guid? LeadPersonId, string? LeadName,
    IReadOnlyList<Guid> MemberIds)
{
    public static TeamDto From(Team t, string? leadName) => new(t.Id, t.Name, t.Description, t.ParentTeamId, t.LeadPersonId, leadName,
        t.Members.Select(m => m.PersonId).Order().ToList());
}

/// <summary>Null member ids on update keep the current members; the lead is always a member.</summary>
internal sealed record SaveTeamRequest(string? Name, string? Description, Guid? ParentTeamId, Guid? LeadPersonId, IReadOnlyList<Guid>? MemberIds);

internal sealed record TeamFilter(Guid? ParentTeamId, string? Search, int? Page, int? PageSize);
