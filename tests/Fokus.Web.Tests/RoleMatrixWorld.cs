using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests;

/// <summary>
/// The organisation the role matrix acts on: a viewer, a member and a lead next to the admin; the lead's team
/// (with the member) and another team; OKRs, check-ins and initiatives in both; and a second organisation whose
/// admin is the outsider. Fresh targets for destructive calls are made here, as the home admin.
/// </summary>
internal sealed partial class RoleMatrixWorld
{
    private RoleMatrixWorld(TestOrg home, TestOrg away) => (Home, Away) = (home, away);

    public TestOrg Home { get; }
    public TestOrg Away { get; }
    public HttpClient Admin => Home.Admin;
    public Guid PeriodId => Home.PeriodId;
    public Guid ViewerId { get; private set; }
    public Guid MemberId { get; private set; }
    public Guid LeadId { get; private set; }
    /// <summary>The member's own client, for setup (check-ins the member wrote).</summary>
    public HttpClient MemberClient { get; private set; } = default!;
    public Guid LeadTeam { get; private set; }
    public Guid OtherTeam { get; private set; }
    /// <summary>The lead's team objective; its three key results are owned by the member.</summary>
    public JsonElement Own { get; private set; }
    /// <summary>The other team's objective; nobody owns its key results.</summary>
    public JsonElement Other { get; private set; }
    public Guid MemberPersonal { get; private set; }
    public Guid UnownedKr { get; private set; }
    public Guid AdminCheckIn { get; private set; }
    public Guid MemberInitiative { get; private set; }
    public Guid AdminInitiative { get; private set; }
    public Guid AwayKr { get; private set; }
    public Guid OwnKr => Own.Kr(0).Id();
    public Guid OtherKr => Other.Kr(0).Id();
    public RoleClient[] Clients { get; private set; } = [];

    public static async Task<RoleMatrixWorld> CreateAsync(FokusApp app, List<(string Method, string Path)> log)
    {
        var w = new RoleMatrixWorld(await TestOrg.CreateAsync(app), await TestOrg.CreateAsync(app));
        var (viewer, viewerId) = await w.Home.AddPersonAsync("viewer");
        var (member, memberId) = await w.Home.AddPersonAsync("member");
        var (lead, leadId) = await w.Home.AddPersonAsync("lead");
        (w.ViewerId, w.MemberId, w.LeadId, w.MemberClient) = (viewerId, memberId, leadId, member);
        w.LeadTeam = await w.Home.AddTeamAsync("Lead's team", leadId, memberId);
        w.OtherTeam = await w.Home.AddTeamAsync("Other team", w.Home.AdminPersonId);
        w.Own = await w.Home.CreateObjectiveAsync(w.Admin, w.LeadTeam, memberId);
        w.Other = await w.Home.CreateObjectiveAsync(w.Admin, w.OtherTeam);
        w.MemberPersonal = await w.Admin.PostAsJsonAsync("/api/v1/objectives", w.PersonalBody(memberId)).CreatedIdAsync("personal objective");
        w.UnownedKr = await w.FreshKrAsync(w.Own.Id(), "Unowned");
        w.AdminCheckIn = await w.CheckInAsync(w.Admin, w.OwnKr);
        w.MemberInitiative = await w.FreshInitiativeAsync(memberId);
        w.AdminInitiative = await w.FreshInitiativeAsync(w.Home.AdminPersonId);
        var awayTeam = await w.Away.AddTeamAsync("Away team", w.Away.AdminPersonId);
        w.AwayKr = (await w.Away.CreateObjectiveAsync(w.Away.Admin, awayTeam)).Kr(0).Id();
        w.Clients =
        [
            new(RoleClient.Viewer, viewer, viewerId, log), new(RoleClient.Member, member, memberId, log),
            new(RoleClient.Lead, lead, leadId, log), new(RoleClient.Admin, w.Admin, w.Home.AdminPersonId, log),
            new(RoleClient.Outsider, w.Away.Admin, w.Away.AdminPersonId, log),
        ];
        return w;
    }

    public object PersonalBody(Guid owner) => new
    {
        title = "Grow as a coach", level = "personal", periodId = PeriodId, ownerPersonId = owner,
        keyResults = new[] { new { title = "Coaching sessions", type = "number", startValue = 0, targetValue = 10, direction = "increase" } },
    };

    public static object InitiativeBody(Guid kr, Guid? owner = null) =>
        new { title = "Run onboarding webinars", status = "inProgress", ownerPersonId = owner, keyResultIds = new[] { kr } };

    public Task<Guid> FreshTeamAsync() => Admin.PostAsJsonAsync("/api/v1/teams",
        new { name = $"Team {Guid.NewGuid():N}", memberIds = Array.Empty<Guid>() }).CreatedIdAsync("team");

    public Task<Guid> FreshPersonAsync() => Admin.PostAsJsonAsync("/api/v1/people",
        new { name = "Temp person", email = $"temp-{Guid.NewGuid():N}@test.example", role = "member" }).CreatedIdAsync("person");

    public Task<Guid> FreshPeriodAsync() => Admin.PostAsJsonAsync("/api/v1/periods",
        new { kind = "custom", name = "Sprint", startDate = "2027-01-01", endDate = "2027-02-01" }).CreatedIdAsync("period");

    public Task<Guid> FreshObjectiveAsync(Guid team) =>
        Admin.PostAsJsonAsync("/api/v1/objectives", Home.ObjectiveBody(team)).CreatedIdAsync("objective");

    public Task<Guid> FreshPersonalAsync(Guid owner) =>
        Admin.PostAsJsonAsync("/api/v1/objectives", PersonalBody(owner)).CreatedIdAsync("personal objective");

    public Task<Guid> FreshKrAsync(Guid objective, string title = "Fresh") => Admin.PostAsJsonAsync($"/api/v1/objectives/{objective}/key-results",
        new { title, type = "percent", startValue = 10, targetValue = 20, direction = "increase" }).CreatedIdAsync("key result");

    public Task<Guid> FreshInitiativeAsync(Guid owner) =>
        Admin.PostAsJsonAsync("/api/v1/initiatives", InitiativeBody(OwnKr, owner)).CreatedIdAsync("initiative");

    public Task<Guid> CheckInAsync(HttpClient author, Guid kr) =>
        author.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 3, confidence = 6 }).CreatedIdAsync("check-in");

    /// <summary>
    /// A check-in the role itself wrote, in its own organisation. Viewers cannot check in, so the viewer writes it
    /// while briefly an admin and is a viewer again before acting on it: authorship alone must not let a viewer write.
    /// </summary>
    public async Task<Guid> OwnCheckInAsync(RoleClient c)
    {
        if (c.IsOutsider) return await CheckInAsync(c.Http, AwayKr);
        if (c.Role != RoleClient.Viewer) return await CheckInAsync(c.Http, OwnKr);
        await SetRoleAsync(ViewerId, "admin");
        try { return await CheckInAsync(c.Http, OwnKr); }
        finally { await SetRoleAsync(ViewerId, "viewer"); }
    }

    private async Task SetRoleAsync(Guid person, string role)
    {
        var response = await Admin.PutAsJsonAsync($"/api/v1/people/{person}", new { name = "viewer person", role });
        Assert.True(response.IsSuccessStatusCode, $"setup: making the viewer {role} answered {(int)response.StatusCode}");
    }
}
