using System.Net;
using System.Net.Http.Json;
using Fokus.Core.Model;
using Fokus.Web.Features.Objectives;
using Fokus.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>The editor's save, run through the same handlers the UI uses: stale edits are explained, never silently lost.</summary>
[Collection(AppsCollection.Name)]
public sealed class ObjectiveEditorSaveTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditingOnlyKeyResults_KeepsSomeoneElsesNewTitle_WhileAStaleTitleEdit_IsAConflictWithTheirValues(string provider)
    {
        var (org, team, id, caller, scope, loaded) = await OpenEditorAsync(provider);
        using var editorScope = scope;
        var saver = scope.ServiceProvider.GetRequiredService<ObjectiveEditorSave>();
        var draft = ObjectiveDraft.From(loaded, null);

        // Someone else renames the objective after the editor opened.
        var rename = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{id}", new
        {
            version = loaded.Version, title = "Customers succeed in week one", description = "", periodId = org.PeriodId,
            level = "team", ownerTeamId = team,
        });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);

        draft.KeyResults[0].TargetValue = 250;
        var first = await saver.SaveAsync(caller, draft, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join(" ", first.Errors.SelectMany(e => e.Value)));
        var stored = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal("Customers succeed in week one", stored.GetProperty("title").GetString());
        Assert.Equal(250m, stored.Kr(0).GetProperty("targetValue").GetDecimal());

        draft.Title = "Customers love us from day one";
        var second = await saver.SaveAsync(caller, draft, CancellationToken.None);
        Assert.False(second.Succeeded);
        Assert.Equal("Customers succeed in week one", second.StaleAgainst?.Title);
        Assert.Equal("Customers love us from day one", draft.Title);

        // Keeping mine on purpose: take their version number and save again.
        draft.Version = second.StaleAgainst!.Version;
        Assert.True((await saver.SaveAsync(caller, draft, CancellationToken.None)).Succeeded);
        Assert.Equal("Customers love us from day one",
            (await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync()).GetProperty("title").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OneRefusedKeyResult_StoresNothing_AndTheDraftKeepsWhatWasTyped_UntilItSaves(string provider)
    {
        var (org, _, id, caller, scope, loaded) = await OpenEditorAsync(provider);
        using var editorScope = scope;
        var saver = scope.ServiceProvider.GetRequiredService<ObjectiveEditorSave>();
        var draft = ObjectiveDraft.From(loaded, null);

        // The objective, one key result and a new one would all be fine; the second key result is not.
        draft.Title = "Customers succeed in week one";
        draft.KeyResults[0].TargetValue = 300;
        draft.KeyResults[1].Title = "";
        var added = draft.AddKeyResult(org.AdminPersonId, "Ada Admin");
        added.Title = "Tickets solved on first contact";
        added.TargetValue = 80;
        draft.Remove(2);

        var refused = await saver.SaveAsync(caller, draft, CancellationToken.None);
        Assert.False(refused.Succeeded);
        Assert.Contains("keyResults[1].title", refused.Errors.Keys);
        var stored = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal("Customers love our onboarding", stored.GetProperty("title").GetString());
        Assert.Equal(100m, stored.Kr(0).GetProperty("targetValue").GetDecimal());
        Assert.Equal(3, stored.GetProperty("keyResults").GetArrayLength());
        Assert.Null(added.Id);
        Assert.Single(draft.Removed);

        draft.KeyResults[1].Title = "Days to first answer";
        var saved = await saver.SaveAsync(caller, draft, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.SelectMany(e => e.Value)));
        stored = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal("Customers succeed in week one", stored.GetProperty("title").GetString());
        Assert.Equal(300m, stored.Kr(0).GetProperty("targetValue").GetDecimal());
        Assert.Equal(["Activated customers", "Days to first answer", "Tickets solved on first contact"],
            stored.GetProperty("keyResults").EnumerateArray().Select(k => k.GetProperty("title").GetString()!).Order().ToArray());
        Assert.NotNull(added.Id);
        Assert.Empty(draft.Removed);
    }

    /// <summary>An organisation with one team objective, opened in the editor by its admin.</summary>
    private async Task<(TestOrg Org, Guid Team, Guid Id, Caller Caller, IServiceScope Scope, ObjectiveDto Loaded)> OpenEditorAsync(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var id = (await org.CreateObjectiveAsync(org.Admin, team)).Id();
        var me = await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync();
        var caller = new Caller(me.GetProperty("userId").GetGuid(), org.AdminPersonId, me.GetProperty("organisationId").GetGuid(), Role.Admin, "Ada Admin");
        var scope = app.Services.CreateScope();
        var loaded = (await scope.ServiceProvider.GetRequiredService<ObjectiveQueries>().GetAsync(caller, id, CancellationToken.None)).Value!;
        return (org, team, id, caller, scope, loaded);
    }
}
