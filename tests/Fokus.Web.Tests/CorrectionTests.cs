using System.Net;
using System.Net.Http.Json;
using Fokus.Core.Model;
using Fokus.Web.Features.CheckIns;
using Fokus.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>Check-in corrections (issue #9 §4): who may edit and delete, the key result following its newest check-in, the undo.</summary>
[Collection(AppsCollection.Name)]
public sealed class CorrectionTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_IsCorrectedByItsAuthor_TheTeamsLead_OrAnAdmin_NeverByOthers(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var (member, memberId) = await org.AddPersonAsync("member");
        var (otherMember, _) = await org.AddPersonAsync("member");
        var (lead, leadId) = await org.AddPersonAsync("lead");
        var (otherLead, otherLeadId) = await org.AddPersonAsync("lead");
        var (viewer, _) = await org.AddPersonAsync("viewer");
        var team = await org.AddTeamAsync("Sales", leadId, memberId);
        await org.AddTeamAsync("Elsewhere", otherLeadId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team, memberId)).Kr(0).Id();

        async Task<Guid> MemberCheckIn() =>
            await member.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 10, confidence = 5 }).CreatedIdAsync("check-in");
        var checkIn = await MemberCheckIn();
        var edit = new { value = 12, confidence = 6, note = "typo fixed" };

        foreach (var (who, client) in new[] { ("another member", otherMember), ("a lead of another team", otherLead), ("a viewer", viewer) })
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.PutAsJsonAsync($"/api/v1/check-ins/{checkIn}", edit)).StatusCode, who);
            Assert.True(HttpStatusCode.Forbidden == (await client.DeleteAsync($"/api/v1/check-ins/{checkIn}")).StatusCode, who);
        }
        foreach (var (who, client) in new[] { ("the author", member), ("the team's lead", lead), ("an admin", org.Admin) })
        {
            Assert.True(HttpStatusCode.OK == (await client.PutAsJsonAsync($"/api/v1/check-ins/{checkIn}", edit)).StatusCode, who);
            var fresh = await MemberCheckIn();
            Assert.True(HttpStatusCode.NoContent == (await client.DeleteAsync($"/api/v1/check-ins/{fresh}")).StatusCode, who);
        }
        var stored = await (await org.Admin.GetAsync($"/api/v1/check-ins/{checkIn}")).JsonAsync();
        Assert.Equal(12m, stored.GetProperty("value").GetDecimal());
        Assert.Equal("typo fixed", stored.GetProperty("note").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KeyResult_FollowsItsNewestRemainingCheckIn_ThroughEditsAndDeletions(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id(); // 0 → 100
        var ids = new List<Guid>();
        foreach (var (value, confidence) in new[] { (10, 4), (20, 5), (30, 6) })
        {
            ids.Add(await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value, confidence }).CreatedIdAsync("check-in"));
            await Task.Delay(5); // distinct times, so "newest" is unambiguous
        }
        async Task<(decimal Value, int? Confidence)> Current()
        {
            var k = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync();
            var c = k.GetProperty("lastConfidence");
            return (k.GetProperty("currentValue").GetDecimal(), c.ValueKind == System.Text.Json.JsonValueKind.Null ? null : c.GetInt32());
        }

        Assert.Equal(HttpStatusCode.OK, (await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{ids[2]}", new { value = 35, confidence = 7 })).StatusCode);
        Assert.Equal((35m, 7), await Current());
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{ids[0]}", new { value = 15, confidence = 3 })).StatusCode);
        Assert.Equal((35m, 7), await Current()); // an older check-in changes the history, not the current value
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{ids[2]}", new { confidence = 8 })).StatusCode);
        Assert.Equal((35m, 8), await Current()); // no value sent: the value stays

        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/check-ins/{ids[2]}")).StatusCode);
        Assert.Equal((20m, 5), await Current());
        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/check-ins/{ids[0]}")).StatusCode);
        Assert.Equal((20m, 5), await Current());
        Assert.Equal(HttpStatusCode.NoContent, (await org.Admin.DeleteAsync($"/api/v1/check-ins/{ids[1]}")).StatusCode);
        Assert.Equal((0m, null), await Current());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Correction_WithABadValue_Is400OnTheField_AndChangesNothing(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Ops", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        var id = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 10, confidence = 5 }).CreatedIdAsync("check-in");

        var response = await org.Admin.PutAsJsonAsync($"/api/v1/check-ins/{id}", new { value = 1.23456, confidence = 11 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("value", out _));
        Assert.True(errors.TryGetProperty("confidence", out _));
        var stored = await (await org.Admin.GetAsync($"/api/v1/check-ins/{id}")).JsonAsync();
        Assert.Equal(10m, stored.GetProperty("value").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Undo_RestoresTheSameCheckIn_WithItsCommentsAndReactions_AndTheCurrentValue(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Growth", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 10, confidence = 5 }).CreatedIdAsync("check-in");
        await Task.Delay(5);
        var id = await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 40, confidence = 8 }).CreatedIdAsync("check-in");
        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{id}/comments", new { text = "Nice jump" })).StatusCode);
        Assert.True((await org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{id}/reactions", new { kind = "cheer" })).IsSuccessStatusCode);
        var before = await (await org.Admin.GetAsync($"/api/v1/check-ins/{id}")).JsonAsync();

        var me = await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync();
        var caller = new Caller(me.GetProperty("userId").GetGuid(), org.AdminPersonId, me.GetProperty("organisationId").GetGuid(), Role.Admin, "Ada Admin");
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<CheckInCommands>();
        var removed = await commands.RemoveAsync(caller, id, CancellationToken.None);
        Assert.True(removed.Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Admin.GetAsync($"/api/v1/check-ins/{id}")).StatusCode);
        Assert.Equal(10m, (await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync()).GetProperty("currentValue").GetDecimal());

        Assert.True((await commands.RestoreAsync(caller, removed.Value!, CancellationToken.None)).Succeeded);
        Assert.True((await commands.RestoreAsync(caller, removed.Value!, CancellationToken.None)).Succeeded); // a second click is harmless
        var after = await (await org.Admin.GetAsync($"/api/v1/check-ins/{id}")).JsonAsync();
        Assert.Equal(before.GetProperty("createdAt").GetDateTimeOffset(), after.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(40m, after.GetProperty("value").GetDecimal());
        Assert.Equal(40m, (await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}")).JsonAsync()).GetProperty("currentValue").GetDecimal());
        var comments = await (await org.Admin.GetAsync($"/api/v1/check-ins/{id}/comments")).JsonAsync();
        Assert.Equal("Nice jump", Assert.Single(comments.EnumerateArray()).GetProperty("text").GetString());
        var reactions = await (await org.Admin.GetAsync($"/api/v1/check-ins/{id}/reactions")).JsonAsync();
        Assert.Contains(reactions.GetProperty("reactions").EnumerateArray(), r => r.GetProperty("kind").GetString() == "cheer" && r.GetProperty("count").GetInt32() == 1);
    }
}
