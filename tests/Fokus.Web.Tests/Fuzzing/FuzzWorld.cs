using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fokus.Web.Tests.Fuzzing;

/// <summary>
/// One organisation with one of everything, its ids grouped by kind ("teams", "people", ...: the path segment
/// in front of {id}), and a signed-in client per role. The second organisation is built the same way with
/// the leak marker in every name.
/// </summary>
internal sealed class FuzzWorld
{
    /// <summary>Never sent by the fuzzer, so it can only reach a response of the first organisation by a leak.</summary>
    public const string Marker = "Qzx7LeakMarker";

    private FuzzWorld(TestOrg org) => Org = org;

    public TestOrg Org { get; }
    public Dictionary<string, HttpClient?> Callers { get; } = [];
    public Dictionary<string, List<Guid>> Ids { get; } = [];
    /// <summary>Ids whose DELETE or role change would leave the rest of the batch meaningless (the callers themselves).</summary>
    public HashSet<Guid> Protected { get; } = [];

    public IEnumerable<Guid> AllIds => Ids.Values.SelectMany(v => v);

    public static async Task<FuzzWorld> CreateAsync(FokusApp app, string name = "")
    {
        var org = await TestOrg.CreateAsync(app);
        var world = new FuzzWorld(org);
        var admin = org.Admin;
        if (name.Length > 0)
        {
            var current = await Ok(await admin.GetAsync("/api/v1/organisation"));
            await Ok(await admin.PutAsJsonAsync("/api/v1/organisation", new
            {
                name, vision = $"{name} vision", mission = $"{name} mission", defaultLanguage = "en", fiscalYearStartMonth = 1,
                checkInWeekday = "monday", thresholds = current.GetProperty("thresholds"), rollUpAlignedProgress = true,
            }));
        }
        var (lead, leadId) = await org.AddPersonAsync("lead", $"{name}Lea Lead");
        var (member, memberId) = await org.AddPersonAsync("member", $"{name}Max Member");
        var (viewer, viewerId) = await org.AddPersonAsync("viewer", $"{name}Vic Viewer");
        var (_, spareId) = await org.AddPersonAsync("member", $"{name}Sam Spare");
        world.Callers["admin"] = admin;
        world.Callers["lead"] = lead;
        world.Callers["member"] = member;
        world.Callers["viewer"] = viewer;
        world.Callers["anonymous"] = null;
        world.Protected.UnionWith([org.AdminPersonId, leadId, memberId, viewerId]);
        world.Add("people", org.AdminPersonId, leadId, memberId, viewerId, spareId);

        var team = await org.AddTeamAsync($"{name}Team Alpha", leadId, leadId, memberId);
        var spareTeam = await org.AddTeamAsync($"{name}Team Spare");
        world.Add("teams", team, spareTeam);
        var period = (await Ok(await admin.PostAsJsonAsync("/api/v1/periods",
            new { kind = "custom", name = $"{name}Next", startDate = "2031-01-01", endDate = "2031-03-31" }))).Id();
        world.Add("periods", org.PeriodId, period);
        var objective = await org.CreateObjectiveAsync(admin, team, memberId);
        world.Add("objectives", objective.Id());
        if (name.Length > 0)
            await Ok(await admin.PutAsJsonAsync($"/api/v1/objectives/{objective.Id()}", new
            {
                version = objective.GetProperty("version").GetInt32(), title = $"{name} objective", description = name,
                periodId = org.PeriodId, level = "team", ownerTeamId = team,
            }));
        var krs = Enumerable.Range(0, 3).Select(i => objective.Kr(i).Id()).ToArray();
        world.Add("key-results", krs);
        var checkIn = (await Ok(await admin.PostAsJsonAsync($"/api/v1/key-results/{krs[0]}/check-ins",
            new { value = 5, confidence = 6, wentWell = $"{name} went well", note = $"{name} note @Max Member" }))).GetProperty("checkIn").Id();
        world.Add("check-ins", checkIn);
        var comment = (await Ok(await member.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = $"{name} comment" }))).Id();
        world.Add("check-in-comments", comment);
        var initiative = (await Ok(await admin.PostAsJsonAsync("/api/v1/initiatives",
            new { title = $"{name}Initiative", status = "inProgress", ownerPersonId = memberId, keyResultIds = krs }))).Id();
        world.Add("initiatives", initiative);
        var meeting = (await Ok(await lead.PostAsync($"/api/v1/teams/{team}/meetings", null))).Id();
        world.Add("meetings", meeting);
        var item = (await Ok(await lead.PostAsJsonAsync($"/api/v1/meetings/{meeting}/items",
            new { kind = "action", text = $"{name} action", keyResultId = krs[0], ownerPersonId = memberId, dueDate = "2031-01-15" }))).Id();
        world.Add("meeting-items", item);
        return world;
    }

    private void Add(string kind, params Guid[] ids)
    {
        if (!Ids.TryGetValue(kind, out var list)) Ids[kind] = list = [];
        list.AddRange(ids);
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
