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
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var id = (await org.CreateObjectiveAsync(org.Admin, team)).Id();
        var me = await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync();
        var caller = new Caller(me.GetProperty("userId").GetGuid(), org.AdminPersonId, me.GetProperty("organisationId").GetGuid(), Role.Admin, "Ada Admin");

        using var scope = app.Services.CreateScope();
        var saver = scope.ServiceProvider.GetRequiredService<ObjectiveEditorSave>();
        var loaded = (await scope.ServiceProvider.GetRequiredService<ObjectiveQueries>().GetAsync(caller, id, CancellationToken.None)).Value!;
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
}
