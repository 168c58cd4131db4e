using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Fokus.Web.Tests;

/// <summary>The end of a quarter through the API: score, reflect, decide, carry over, close, report.</summary>
[Collection(AppsCollection.Name)]
public sealed class ReviewFlowTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AQuarter_IsScored_Reflected_Decided_CarriedOver_AndClosed(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team);
        var (id, kr0, kr1, kr2) = (objective.Id(), objective.Kr(0).Id(), objective.Kr(1).Id(), objective.Kr(2).Id());
        Assert.Equal(HttpStatusCode.Created, (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr0}/check-ins", new { value = 60, confidence = 7 })).StatusCode);

        var review = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/review?teamId={team}")).JsonAsync();
        var listed = review.GetProperty("objectives")[0];
        Assert.Equal(0.6m, listed.GetProperty("keyResults")[0].GetProperty("suggestedScore").GetDecimal());
        Assert.True(listed.GetProperty("canEdit").GetBoolean());

        var bad = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{id}/review", new { scores = new[] { new { id = kr0, score = 1.5 } }, carryKeyResultIds = new[] { Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("scores[0].score", out _));
        Assert.True(errors.TryGetProperty("carryKeyResultIds", out _));

        var saved = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{id}/review", new
        {
            scores = new[] { new { id = kr0, score = 0.7 } }, outcome = "partlyAchieved", whatWorked = "Veckovisa incheckningar",
            whatDidNot = "För många mål", doDifferently = "Färre och skarpare mål", decision = "keep", carryKeyResultIds = new[] { kr0, kr1 },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("keep", (await saved.JsonAsync()).GetProperty("decision").GetString());

        var carried = await (await org.Admin.PostAsJsonAsync($"/api/v1/periods/{org.PeriodId}/carry-over", new { teamId = team })).JsonAsync();
        Assert.Equal(1, carried.GetProperty("created").GetInt32());
        var nextPeriod = carried.GetProperty("nextPeriod");
        Assert.True(DateOnly.Parse(nextPeriod.GetProperty("startDate").GetString()!) > DateOnly.Parse(
            (await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}")).JsonAsync()).GetProperty("endDate").GetString()!));
        var draft = await (await org.Admin.GetAsync($"/api/v1/objectives/{carried.GetProperty("objectiveIds")[0].GetGuid()}")).JsonAsync();
        Assert.Equal(("draft", objective.GetProperty("title").GetString()), (draft.GetProperty("state").GetString(), draft.GetProperty("title").GetString()));
        var krs = draft.GetProperty("keyResults").EnumerateArray().ToList();
        Assert.Equal(2, krs.Count);
        Assert.Equal((60m, 100m), (krs[0].GetProperty("startValue").GetDecimal(), krs[0].GetProperty("targetValue").GetDecimal()));
        Assert.Equal((50m, 10m), (krs[1].GetProperty("startValue").GetDecimal(), krs[1].GetProperty("targetValue").GetDecimal()));

        var again = await (await org.Admin.PostAsJsonAsync($"/api/v1/periods/{org.PeriodId}/carry-over", new { teamId = team })).JsonAsync();
        Assert.Equal(0, again.GetProperty("created").GetInt32());

        var closed = await (await org.Admin.PostAsJsonAsync($"/api/v1/periods/{org.PeriodId}/close", new { })).JsonAsync();
        Assert.Equal("closed", closed.GetProperty("state").GetString());
        var afterClose = await (await org.Admin.GetAsync($"/api/v1/objectives/{id}")).JsonAsync();
        Assert.Equal(0m, afterClose.Kr(2).GetProperty("score").GetDecimal()); // the unscored milestone took its suggestion
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{id}/review", new { whatWorked = "late" })).StatusCode);

        var report = await (await org.Admin.GetAsync($"/api/v1/periods/{org.PeriodId}/report")).JsonAsync();
        Assert.Equal(3, report.GetProperty("keyResults").GetInt32());
        var bands = report.GetProperty("bands");
        Assert.Equal((2, 0, 1), (bands.GetProperty("low").GetInt32(), bands.GetProperty("middle").GetInt32(), bands.GetProperty("high").GetInt32()));
        Assert.Equal("Färre och skarpare mål", report.GetProperty("learnings")[0].GetProperty("doDifferently").GetString());
    }
}

/// <summary>Learnings resurface: a new objective like an earlier reviewed one brings back its score and reflections.</summary>
[Collection(AppsCollection.Name)]
public sealed class LearningsResurfaceTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ASimilarTitle_FindsTheEarlierObjectivesScoreAndLearnings_AndAnUnrelatedOneDoesNot(string provider)
    {
        var app = apps.Get(provider);
        var org = await TestOrg.CreateAsync(app);
        var team = await org.AddTeamAsync("Support", org.AdminPersonId);
        var objective = await org.CreateObjectiveAsync(org.Admin, team); // "Customers love our onboarding"
        var saved = await org.Admin.PutAsJsonAsync($"/api/v1/objectives/{objective.Id()}/review", new
        {
            scores = new[] { new { id = objective.Kr(0).Id(), score = 0.6 }, new { id = objective.Kr(1).Id(), score = 0.4 } },
            whatWorked = "Pairing with sales", doDifferently = "Start the pilot in week one",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var me = await (await org.Admin.GetAsync("/api/v1/me")).JsonAsync();
        var caller = new Fokus.Web.Infrastructure.Caller(me.GetProperty("userId").GetGuid(), org.AdminPersonId,
            me.GetProperty("organisationId").GetGuid(), Fokus.Core.Model.Role.Admin, "Ada Admin");

        using var scope = app.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<Fokus.Web.Features.Review.ReviewQueries>();
        var found = Assert.Single(await queries.SimilarAsync(caller, "New customers love the onboarding", null, CancellationToken.None));
        Assert.Equal((objective.Id(), 0.5m, "Start the pilot in week one"), (found.ObjectiveId, found.Score, found.DoDifferently));
        Assert.Empty(await queries.SimilarAsync(caller, "Faster invoices for suppliers", null, CancellationToken.None));
        Assert.Empty(await queries.SimilarAsync(caller, "Customers love our onboarding", objective.Id(), CancellationToken.None));
    }
}
