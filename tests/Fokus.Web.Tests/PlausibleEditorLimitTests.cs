using System.Net;
using System.Net.Http.Json;
using Fokus.Core.Model;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>The editor's save keeps the organisation's key-result limit, through the same handlers the UI uses.</summary>
[Collection(AppsCollection.Name)]
public sealed class PlausibleEditorLimitTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditorSave_AddingOverTheLimit_IsRefusedAndStoresNothing_EditingAnObjectiveAlreadyOverItStillSaves(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var id = (await org.CreateObjectiveAsync(org.Admin, team)).Id(); // three key results
        var limit = await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Test AB", maxKeyResultsPerObjective = 3 });
        Assert.Equal(HttpStatusCode.OK, limit.StatusCode);

        var me = await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync();
        var caller = new Caller(me.GetProperty("userId").GetGuid(), org.AdminPersonId, me.GetProperty("organisationId").GetGuid(), Role.Admin, "Ada Admin");
        using var scope = app.Services.CreateScope();
        var loaded = (await scope.ServiceProvider.GetRequiredService<ObjectiveQueries>().GetAsync(caller, id, CancellationToken.None)).Value!;
        var saver = scope.ServiceProvider.GetRequiredService<ObjectiveEditorSave>();

        var draft = ObjectiveDraft.From(loaded, null);
        draft.KeyResults[0].Title = "Customers activated in week one";
        var added = draft.AddKeyResult(org.AdminPersonId, "Ada Admin");
        (added.Title, added.TargetValue) = ("Tickets solved on first contact", 80);
        var refused = await saver.SaveAsync(caller, draft, CancellationToken.None);
        Assert.False(refused.Succeeded);
        Assert.Contains("keyResults", refused.Errors.Keys);
        var stored = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal(3, stored.GetProperty("keyResults").GetArrayLength());
        Assert.Equal("Activated customers", stored.Kr(0).GetProperty("title").GetString());

        // The limit drops below what the objective has: changing what is there still saves.
        Assert.Equal(HttpStatusCode.OK, (await org.Admin.PutAsJsonAsync("/api/v1/organisation", new { name = "Test AB", maxKeyResultsPerObjective = 2 })).StatusCode);
        draft.Remove(draft.KeyResults.Count - 1);
        var saved = await saver.SaveAsync(caller, draft, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.SelectMany(e => e.Value)));
        stored = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal("Customers activated in week one", stored.Kr(0).GetProperty("title").GetString());
    }
}
