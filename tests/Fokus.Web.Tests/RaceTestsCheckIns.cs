using System.Net.Http.Json;

namespace Fokus.Web.Tests;

/// <summary>Check-ins racing the delete of their key result, comments racing the delete of their check-in.</summary>
[Collection(AppsCollection.Name)]
public sealed class RaceTestsCheckIns(Apps apps)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CheckIn_WhileTheKeyResultIsDeleted(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Race", org.AdminPersonId);
        for (var i = 0; i < RaceKit.Iterations; i++)
        {
            var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
            var checkIn = (Func<Task<HttpResponseMessage>>)(() => org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = 7, confidence = 5 }));
            var delete = (Func<Task<HttpResponseMessage>>)(() => org.Admin.DeleteAsync($"/api/v1/key-results/{kr}"));
            var answers = await RaceKit.AllAtOnceAsync(delete, checkIn, checkIn, checkIn, delete);

            foreach (var a in answers) await RaceKit.AssertAnswerAsync(a, a.RequestMessage!.Method + " " + a.RequestMessage.RequestUri);
            var krExists = await RaceKit.ExistsAsync(org.Admin, $"/api/v1/key-results/{kr}");
            var created = await RaceKit.CreatedIdsAsync(answers[1..^1], j => j.GetProperty("checkIn"));
            foreach (var id in created)
                Assert.Equal(krExists, await RaceKit.ExistsAsync(org.Admin, $"/api/v1/check-ins/{id}"));
            if (krExists)
            {
                var history = await (await org.Admin.GetAsync($"/api/v1/key-results/{kr}/check-ins")).JsonAsync();
                Assert.Equal(created.Count, history.GetProperty("total").GetInt32());
            }
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Comment_WhileTheCheckInIsDeleted(string provider)
    {
        var org = await TestOrg.CreateAsync(apps.Get(provider));
        var team = await org.AddTeamAsync("Race", org.AdminPersonId);
        var kr = (await org.CreateObjectiveAsync(org.Admin, team)).Kr(0).Id();
        for (var i = 0; i < RaceKit.Iterations; i++)
        {
            var checkIn = (await (await org.Admin.PostAsJsonAsync($"/api/v1/key-results/{kr}/check-ins", new { value = i, confidence = 5 }))
                .JsonAsync()).GetProperty("checkIn").Id();
            var comment = (Func<Task<HttpResponseMessage>>)(() => org.Admin.PostAsJsonAsync($"/api/v1/check-ins/{checkIn}/comments", new { text = "Nice" }));
            var react = (Func<Task<HttpResponseMessage>>)(() => org.Admin.PutAsync($"/api/v1/check-ins/{checkIn}/reactions/cheer", null));
            var delete = (Func<Task<HttpResponseMessage>>)(() => org.Admin.DeleteAsync($"/api/v1/check-ins/{checkIn}"));
            var answers = await RaceKit.AllAtOnceAsync(delete, comment, comment, react, comment, delete);

            foreach (var a in answers) await RaceKit.AssertAnswerAsync(a, a.RequestMessage!.Method + " " + a.RequestMessage.RequestUri);
            var exists = await RaceKit.ExistsAsync(org.Admin, $"/api/v1/check-ins/{checkIn}");
            var comments = await org.Admin.GetAsync($"/api/v1/check-ins/{checkIn}/comments");
            if (!exists) Assert.Equal(System.Net.HttpStatusCode.NotFound, comments.StatusCode);
            else
            {
                var created = answers.Count(a => a.StatusCode == System.Net.HttpStatusCode.Created && a.RequestMessage!.RequestUri!.AbsolutePath.EndsWith("/comments"));
                var list = await comments.JsonAsync();
                var count = list.ValueKind == System.Text.Json.JsonValueKind.Array ? list.GetArrayLength() : list.GetProperty("items").GetArrayLength();
                Assert.Equal(created, count);
            }
        }
    }
}
