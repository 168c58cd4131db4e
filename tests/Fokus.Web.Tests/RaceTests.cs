using System.Net;
using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>Creates racing the delete of what they belong to: 2xx, 404 or 409, never 5xx, and no orphan afterwards.</summary>
[Collection(AppsCollection.Name)]
public sealed class RaceTests(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonAddedToTeam_WhileTheTeamIsDeleted(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        for (var i = 0; i < RaceKit.Iterations; i++)
        {
            var team = await org.AddTeamAsync($"Race {i}");
            var (_, existing) = await org.AddPersonAsync("member");
            var creates = Enumerable.Range(0, 3).Select(n => (Func<Task<HttpResponseMessage>>)(() => org.Admin.PostAsJsonAsync("/api/v1/people",
                new { name = $"Racer {i}-{n}", email = $"racer-{Guid.NewGuid():N}@test.example", title = "", role = "member", teamIds = new[] { team } })));
            var move = (Func<Task<HttpResponseMessage>>)(() => org.Admin.PutAsJsonAsync($"/api/v1/people/{existing}",
                new { name = "Moved", email = $"moved-{Guid.NewGuid():N}@test.example", title = "", role = "member", teamIds = new[] { team } }));
            var delete = (Func<Task<HttpResponseMessage>>)(() => org.Admin.DeleteAsync($"/api/v1/teams/{team}"));
            var answers = await RaceKit.AllAtOnceAsync([delete, .. creates, move, delete]);

            await RaceKit.AssertAnswerAsync(answers[0], "DELETE team");
            await RaceKit.AssertAnswerAsync(answers[^1], "second DELETE team");
            foreach (var a in answers[1..^1]) await RaceKit.AssertAnswerAsync(a, "person with the team", "teamIds");
            var teamExists = await RaceKit.ExistsAsync(org.Admin, $"/api/v1/teams/{team}");
            foreach (var person in (await RaceKit.CreatedIdsAsync(answers[1..^2])).Append(existing))
            {
                var teams = (await (await org.Admin.GetAsync($"/api/v1/people/{person}")).JsonAsync()).GetProperty("teamIds")
                    .EnumerateArray().Select(t => t.GetGuid()).ToList();
                if (!teamExists) Assert.DoesNotContain(team, teams);
                else if (person != existing) Assert.Contains(team, teams);
            }
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ObjectiveForTeam_WhileTheTeamIsDeleted(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        for (var i = 0; i < RaceKit.Iterations; i++)
        {
            var team = await org.AddTeamAsync($"Race {i}", org.AdminPersonId);
            var create = (Func<Task<HttpResponseMessage>>)(() => org.Admin.PostAsJsonAsync("/api/v1/objectives", org.ObjectiveBody(team)));
            var delete = (Func<Task<HttpResponseMessage>>)(() => org.Admin.DeleteAsync($"/api/v1/teams/{team}"));
            var answers = await RaceKit.AllAtOnceAsync(delete, create, create, create, delete);

            // A team that owns an objective is refused as "in use" (400 on id): a rule, not a race.
            await RaceKit.AssertAnswerAsync(answers[0], "DELETE team", "id");
            await RaceKit.AssertAnswerAsync(answers[^1], "second DELETE team", "id");
            foreach (var a in answers[1..^1]) await RaceKit.AssertAnswerAsync(a, "POST objective", "ownerTeamId");
            var teamExists = await RaceKit.ExistsAsync(org.Admin, $"/api/v1/teams/{team}");
            var created = await RaceKit.CreatedIdsAsync(answers[1..^1]);
            foreach (var objective in created)
                Assert.Equal(teamExists, await RaceKit.ExistsAsync(org.Admin, $"/api/v1/objectives/{objective}"));
            var listed = await (await org.Admin.GetAsync($"/api/v1/objectives?teamId={team}&periodId={org.PeriodId}")).JsonAsync();
            Assert.Equal(teamExists ? created.Count : 0, listed.GetProperty("total").GetInt32());
        }
    }
}
